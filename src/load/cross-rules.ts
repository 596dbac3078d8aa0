/**
 * Rules that look across records: ids match file names and are unique, references
 * resolve, every assessment cites something, unverified-field lists name real
 * fields, and indication parents form no cycle.
 *
 * @module
 */
import { KIND_NOUNS } from '../schema/kind-list.js';
import type { RecordKind, RecordTypes } from '../schema/kinds.js';
import type { Problem } from './problem.js';
import { findParentCycles } from './parent-cycles.js';
import { findReferences } from './references.js';
import { problem, type CheckedRecord, type Rule } from './rule-kit.js';
import { EVIDENCE_RULES } from './evidence-rules.js';

export type { CheckedRecord } from './rule-kit.js';

/**
 * A record that exists but failed an earlier check (it could not be parsed or shape-checked).
 * References to it are not reported again: the record's own problem says what to fix.
 */
export interface BrokenRecord {
  /** The record's kind. */
  readonly kind: RecordKind;
  /** The ids it may be referred to by: the file name's, and the `id` written in it. */
  readonly ids: readonly string[];
}

const idMatchesFile: Rule = (records) =>
  records.flatMap((entry) =>
    entry.fileId !== undefined && entry.fileId !== entry.record.id
      ? [
          problem(
            entry,
            ['id'],
            `The id \`${entry.record.id}\` differs from the file name; rename the file to ${entry.record.id}.yaml or change the id to \`${entry.fileId}\``,
            'id-mismatch',
          ),
        ]
      : [],
  );

/**
 * A substance that is both an ingredient and an intervention in its own right is one
 * thing seen two ways: the ingredient may share its id with the intervention it names
 * in `intervention` (`minoxidil`, `deoxycholic-acid`).
 */
function sameSubstance(a: CheckedRecord, b: CheckedRecord): boolean {
  const [ingredient, other] = a.kind === 'ingredients' ? [a, b] : [b, a];
  return (
    ingredient.kind === 'ingredients' &&
    other.kind === 'interventions' &&
    (ingredient.record as RecordTypes['ingredients']).intervention === other.record.id
  );
}

/**
 * Language profiles and message catalogues are named by their language code (`en`, `nb`):
 * one of each per language, in a namespace of their own, apart from the evidence records.
 */
function namespaceOf(kind: RecordKind): string {
  return kind === 'languages' || kind === 'messages' ? kind : 'records';
}

/**
 * Ids are unique across all kinds: a reference such as a citation may point at more
 * than one kind, and a reader seeing an id should know which record it is. The one
 * exception is an ingredient and the intervention it names (see {@link sameSubstance}).
 */
const uniqueIds: Rule = (records) => {
  const problems: Problem[] = [];
  const seen = new Map<string, CheckedRecord>();
  for (const entry of records) {
    const key = `${namespaceOf(entry.kind)}\u0000${entry.record.id}`;
    const first = seen.get(key);
    if (first && !sameSubstance(first, entry)) {
      const what =
        first.kind === entry.kind ? '' : ` (a ${KIND_NOUNS[first.kind]}); ids must be unique across all kinds`;
      problems.push(
        problem(
          entry,
          ['id'],
          `The id \`${entry.record.id}\` is already used by ${first.file}${what || '; ids must be unique'}`,
          'duplicate-id',
        ),
      );
    } else {
      seen.set(key, entry);
    }
  }
  return problems;
};

const referencesResolve: Rule = (records, _ids, known) =>
  records.flatMap((entry) =>
    findReferences(entry.kind, entry.record)
      .filter((ref) => !ref.targets.some((kind) => known.get(kind)?.has(ref.id)))
      .map((ref) =>
        problem(
          entry,
          ref.path,
          `\`${ref.id}\` is not a known ${ref.targets.map((kind) => KIND_NOUNS[kind]).join(' or ')}; add data/${ref.targets[0]}/${ref.id}.yaml or fix the id`,
          'unknown-reference',
        ),
      ),
  );

const assessmentsCite: Rule = (records) =>
  records.flatMap((entry) => {
    if (entry.kind !== 'assessments') return [];
    const record = entry.record as RecordTypes['assessments'];
    const problems: Problem[] = [];
    if (record.studies.length + record.statements.length + (record.sources?.length ?? 0) === 0) {
      problems.push(
        problem(
          entry,
          ['studies'],
          'An assessment must cite at least one study, statement or source in `studies`, `statements` or `sources`',
          'missing-source',
        ),
      );
    }
    const expected = `${record.subject}--${record.indication}`;
    if (record.id !== expected) {
      problems.push(
        problem(
          entry,
          ['id'],
          `An assessment's id is \`<subject>--<indication>\`: expected \`${expected}\``,
          'id-mismatch',
        ),
      );
    }
    return problems;
  });

const unverifiedFieldsExist: Rule = (records) =>
  records.flatMap((entry) => {
    if (entry.kind !== 'studies') return [];
    const record = entry.record as RecordTypes['studies'];
    return (record.unverifiedFields ?? []).flatMap((field, index) =>
      hasPath(record, field.split('.'))
        ? []
        : [
            problem(
              entry,
              ['unverifiedFields', index],
              `\`${field}\` is listed as unverified but the record has no such field`,
              'unknown-field',
            ),
          ],
    );
  });

const noParentCycles: Rule = (records, ids) => {
  const indications = ids.get('indications') ?? new Map<string, CheckedRecord>();
  const parentOf = (id: string): string | undefined =>
    (indications.get(id)?.record as RecordTypes['indications'] | undefined)?.parent;
  return findParentCycles(indications.keys(), parentOf).flatMap((cycle) => {
    const entry = indications.get(cycle[0] as string);
    return entry
      ? [
          problem(
            entry,
            ['parent'],
            `Indication parents form a cycle: ${[...cycle, cycle[0]].join(' → ')}`,
            'parent-cycle',
          ),
        ]
      : [];
  });
};

/** The cross-record rules, in the order they run. */
const RULES: readonly Rule[] = [
  idMatchesFile,
  uniqueIds,
  referencesResolve,
  assessmentsCite,
  unverifiedFieldsExist,
  noParentCycles,
  ...EVIDENCE_RULES,
];

/**
 * Runs every cross-record rule over a set of shape-checked records.
 *
 * @param records - Every record of the dataset that passed its shape check.
 * @param broken - Records that exist but failed an earlier check; references to them are not problems.
 * @returns Every problem found.
 */
export function checkAcrossRecords(records: readonly CheckedRecord[], broken: readonly BrokenRecord[] = []): Problem[] {
  const ids = new Map<RecordKind, Map<string, CheckedRecord>>();
  const known = new Map<RecordKind, Set<string>>();
  const addKnown = (kind: RecordKind, id: string | undefined): void => {
    if (id === undefined) return;
    let set = known.get(kind);
    if (!set) known.set(kind, (set = new Set()));
    set.add(id);
  };
  for (const entry of records) {
    let byId = ids.get(entry.kind);
    if (!byId) ids.set(entry.kind, (byId = new Map<string, (typeof records)[number]>()));
    if (!byId.has(entry.record.id)) byId.set(entry.record.id, entry);
    addKnown(entry.kind, entry.record.id);
    addKnown(entry.kind, entry.fileId);
  }
  for (const entry of broken) for (const id of entry.ids) addKnown(entry.kind, id);
  return RULES.flatMap((rule) => rule(records, ids, known));
}

function hasPath(value: unknown, path: readonly string[]): boolean {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return false;
    current = (current as Record<string, unknown>)[segment];
  }
  return current !== undefined;
}
