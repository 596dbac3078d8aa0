/**
 * Cross-record rules about the evidence itself: certainty follows from the GRADE
 * rating, `verified` facts rest on a source that can be found again, interventions'
 * parents form no cycle, adverse-event profiles and formulations are well formed.
 * Plus the warnings `validate` gives (reviews older than two years).
 *
 * @module
 */
import { certaintyFromGrade } from '../evidence/grade.js';
import type { RecordTypes } from '../schema/kinds.js';
import type { Problem } from './problem.js';
import { findParentCycles } from './parent-cycles.js';
import { problem, type CheckedRecord, type IdIndex, type Rule } from './rule-kit.js';

type Path = readonly (string | number)[];

const certaintyFollowsFromGrade: Rule = (records) =>
  records.flatMap((entry) => {
    if (entry.kind !== 'assessments') return [];
    const record = entry.record as RecordTypes['assessments'];
    const outcome = certaintyFromGrade(record.grade);
    if (outcome.certainty === record.certainty) return [];
    const steps = outcome.steps.map((step) => `${step.change > 0 ? '+' : '−'}${Math.abs(step.change)} ${step.domain}`);
    const start = record.grade.startingLevel === 'high' ? 'high (randomised trials)' : 'low (no randomised trials)';
    return [
      problem(
        entry,
        ['certainty'],
        `The certainty is \`${record.certainty}\`, but the GRADE rating gives \`${outcome.certainty}\`: it starts ${start}${
          steps.length > 0 ? `, then ${steps.join(', ')}` : ' and no domain moves it'
        } (a serious concern rates down one level, a very serious one two, an upgrade up). Change \`certainty\` or the concerns in \`grade\``,
        'certainty-mismatch',
      ),
    ];
  });

/** Whether a source or study names where its own text can be found. */
function identifiable(entry: CheckedRecord): boolean {
  if (entry.kind === 'sources') {
    const source = entry.record as RecordTypes['sources'];
    return source.url !== undefined || source.identifiers !== undefined;
  }
  if (entry.kind === 'studies') {
    const { citation } = entry.record as RecordTypes['studies'];
    return citation.doi !== undefined || citation.pmid !== undefined || citation.url !== undefined;
  }
  return false;
}

/**
 * Ids of records a `verified` fact may rest on: verified sources and studies with a
 * URL or identifier, and verified regulatory records and positions that rest on one.
 */
function backedIds(ids: IdIndex): ReadonlySet<string> {
  const backed = new Set<string>();
  for (const kind of ['sources', 'studies'] as const) {
    for (const [id, entry] of ids.get(kind) ?? []) {
      if ((entry.record as { verification: string }).verification === 'verified' && identifiable(entry)) backed.add(id);
    }
  }
  for (const kind of ['regulatory', 'positions'] as const) {
    for (const [id, entry] of ids.get(kind) ?? []) {
      const record = entry.record as RecordTypes['regulatory'] | RecordTypes['positions'];
      if (record.verification === 'verified' && record.sources.some((s) => backed.has(s))) backed.add(id);
    }
  }
  return backed;
}

function citedIn(value: Record<string, unknown>): string[] {
  const ids: string[] = [];
  for (const key of ['studies', 'statements', 'sources']) {
    const list = value[key];
    if (Array.isArray(list)) for (const id of list) if (typeof id === 'string') ids.push(id);
  }
  return ids;
}

/** Every object inside a record marked `verification: verified`, with its path. */
function verifiedFacts(value: unknown, path: Path, out: [Path, Record<string, unknown>][]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      verifiedFacts(item, [...path, index], out);
    });
    return;
  }
  const object = value as Record<string, unknown>;
  if (object.verification === 'verified') out.push([path, object]);
  for (const [key, item] of Object.entries(object))
    if (typeof item === 'object') verifiedFacts(item, [...path, key], out);
}

const verifiedNeedsIdentifier: Rule = (records, ids) => {
  const backed = backedIds(ids);
  const checked = new Set<string>();
  for (const kind of ['sources', 'studies', 'regulatory', 'positions'] as const)
    for (const id of ids.get(kind)?.keys() ?? []) checked.add(id);
  const problems: Problem[] = [];
  for (const entry of records) {
    if (entry.kind === 'cues') continue;
    const facts: [Path, Record<string, unknown>][] = [];
    verifiedFacts(entry.record, [], facts);
    for (const [path, fact] of facts) {
      const topLevel = path.length === 0;
      if (topLevel && (entry.kind === 'sources' || entry.kind === 'studies')) {
        if (identifiable(entry)) continue;
        problems.push(
          problem(
            entry,
            ['verification'],
            entry.kind === 'sources'
              ? 'A source marked `verified` needs a `url` or `identifiers` (PMID, DOI, Lovdata, Légifrance, case number, FDA application) so it can be checked again; add one, or mark it `secondary` or `unverified`'
              : 'A study marked `verified` needs `citation.doi`, `citation.pmid` or `citation.url`; add one, or mark it `unverified`',
            'verified-without-identifier',
          ),
        );
        continue;
      }
      const cited = citedIn(fact);
      // A reference to a missing or broken record is reported by its own rule, not again here.
      if (cited.length === 0 || cited.some((id) => backed.has(id) || !checked.has(id))) continue;
      problems.push(
        problem(
          entry,
          [...path, 'verification'],
          `Marked \`verified\`, but none of what it cites (${cited.map((id) => `\`${id}\``).join(', ')}) is a verified source or study with a URL or identifier; add one, or mark it \`secondary\` or \`unverified\``,
          'verified-without-identifier',
        ),
      );
    }
  }
  return problems;
};

/**
 * A study is findable: it has a PMID or a DOI, or says in `citation.noIdentifier` why it
 * has neither, so a reader knows the gap is known and not an oversight.
 */
const studiesIdentified: Rule = (records) =>
  records.flatMap((entry) => {
    if (entry.kind !== 'studies') return [];
    const { citation } = entry.record as RecordTypes['studies'];
    if (citation.pmid !== undefined || citation.doi !== undefined || citation.noIdentifier !== undefined) return [];
    return [
      problem(
        entry,
        ['citation'],
        'The study has neither a PMID nor a DOI; add one, or say why it has none in `citation.noIdentifier`',
        'missing-identifier',
      ),
    ];
  });

const interventionLinks: Rule = (records, ids) => {
  const interventions = ids.get('interventions') ?? new Map<string, CheckedRecord>();
  const problems: Problem[] = [];
  for (const entry of records) {
    if (entry.kind !== 'interventions') continue;
    const record = entry.record as RecordTypes['interventions'];
    for (const field of ['parent', 'formulationOf'] as const) {
      if (record[field] === record.id) {
        problems.push(problem(entry, [field], `An intervention cannot be its own \`${field}\``, 'parent-cycle'));
      }
    }
  }
  const parentOf = (id: string): string | undefined =>
    (interventions.get(id)?.record as RecordTypes['interventions'] | undefined)?.parent;
  for (const cycle of findParentCycles(interventions.keys(), parentOf)) {
    const entry = interventions.get(cycle[0] as string);
    // A record that is its own parent is reported above.
    if (entry && cycle.length > 1)
      problems.push(
        problem(
          entry,
          ['parent'],
          `Intervention parents form a cycle: ${[...cycle, cycle[0]].join(' → ')}`,
          'parent-cycle',
        ),
      );
  }
  return problems;
};

const formulationsWellFormed: Rule = (records) =>
  records.flatMap((entry) => {
    if (entry.kind !== 'assessments') return [];
    const record = entry.record as RecordTypes['assessments'];
    return (record.formulations ?? []).flatMap((id, index, list) => {
      if (id === record.subject)
        return [
          problem(
            entry,
            ['formulations', index],
            `\`${id}\` is the assessment's subject; \`formulations\` names the products or mixtures the evidence for it rests on`,
            'invalid-value',
          ),
        ];
      if (list.indexOf(id) !== index)
        return [problem(entry, ['formulations', index], `\`${id}\` is listed twice`, 'invalid-value')];
      return [];
    });
  });

const adverseEventProfiles: Rule = (records) =>
  records.flatMap((entry) => {
    if (entry.kind !== 'adverse-events') return [];
    const record = entry.record as RecordTypes['adverse-events'];
    const problems: Problem[] = [];
    const expected = `${record.intervention}--adverse-events`;
    if (record.id !== expected) {
      problems.push(
        problem(
          entry,
          ['id'],
          `An adverse-event profile's id is \`<intervention>--adverse-events\`: expected \`${expected}\``,
          'id-mismatch',
        ),
      );
    }
    const seen = new Set<string>();
    record.events.forEach((event, index) => {
      if (seen.has(event.id)) {
        problems.push(
          problem(
            entry,
            ['events', index, 'id'],
            `The event id \`${event.id}\` is used twice in this profile`,
            'duplicate-id',
          ),
        );
      }
      seen.add(event.id);
      if (citedIn(event).length === 0) {
        problems.push(
          problem(
            entry,
            ['events', index],
            'An adverse event must cite at least one study, source or statement in `studies`, `sources` or `statements`',
            'missing-source',
          ),
        );
      }
    });
    return problems;
  });

/** The evidence rules, in the order they run. */
export const EVIDENCE_RULES: readonly Rule[] = [
  certaintyFollowsFromGrade,
  studiesIdentified,
  verifiedNeedsIdentifier,
  interventionLinks,
  formulationsWellFormed,
  adverseEventProfiles,
];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Warnings for assessments and adverse-event profiles last reviewed more than two
 * years before `today` (`YYYY-MM-DD`). They do not make the data invalid.
 *
 * @param records - The shape-checked records.
 * @param today - The date to measure from.
 * @returns One warning per stale record.
 */
export function reviewWarnings(records: readonly CheckedRecord[], today: string): Problem[] {
  const now = Date.parse(`${today}T00:00:00Z`);
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const limit = Date.UTC(year - 2, month - 1, day);
  if (Number.isNaN(now)) return [];
  return records.flatMap((entry) => {
    if (entry.kind !== 'assessments' && entry.kind !== 'adverse-events') return [];
    const reviewed = (entry.record as { lastReviewed: string }).lastReviewed;
    const at = Date.parse(`${reviewed}T00:00:00Z`);
    if (!(at < limit)) return [];
    const years = Math.floor((now - at) / (365.25 * DAY_MS));
    return [
      {
        ...problem(
          entry,
          ['lastReviewed'],
          `Last reviewed on ${reviewed}, ${years} years before ${today}; search the literature again and update \`lastReviewed\``,
          'stale-review',
        ),
        severity: 'warning' as const,
      },
    ];
  });
}
