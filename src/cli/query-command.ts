/**
 * `meso-evidence query <evidence|study|regulatory|search|compare> ...`: the query
 * API on the command line, as readable text or (with `--json`) exactly what the
 * library function returns.
 *
 * @module
 */
import { bundledMessages, fillMessage } from '../messages/messages.js';
import { knowledgeBase } from '../kb/bundled.js';
import { formatReference } from '../references/vancouver.js';
import type { Language } from '../schema/common.js';
import type { SearchKind } from '../search/search.js';
import type { SourcedRange } from '../schema/intervention.js';
import { parseArgs } from 'node:util';
import { oneOf, reportUsage, unknownChoice, usage, UsageError } from './args.js';
import type { CommandIO } from './io.js';
import { closeMatches } from './suggest.js';

/** Help text for `query`. */
export const QUERY_HELP = `Usage: meso-evidence query <what> [options]

  evidence <intervention> <indication>   the assessment: direction, GRADE certainty,
                                         rationale and studies (falls back to the
                                         indication's parent)
  study <id>                             a study: reference, design, outcomes
  regulatory <intervention|ingredient>   regulatory facts [--authority FDA]
                                         [--jurisdiction NO]
  search <text>...                       interventions, indications, ingredients and
                                         studies by name, English or Norwegian
  compare <a> <b>                        two interventions side by side

Ids may also be given as exact names (\`mesoterapi\`, \`Kybella\`).

Options:
  --json          print what the library returns, as JSON
  --lang <en|nb>  the language of names and texts (default: en)
  --help, -h      show this help

Exit status: 0 when found, 1 when the ids are known but nothing matches,
2 on a usage error or an unknown id (with close matches suggested).`;

const LANGUAGES = ['en', 'nb'] as const;
const SUBJECT_KINDS: readonly SearchKind[] = ['interventions', 'ingredients'];
const KIND_WORDS: Record<SearchKind, string> = {
  interventions: 'intervention',
  indications: 'indication',
  ingredients: 'ingredient',
  studies: 'study',
};

/** An id the knowledge base does not know: exits 2 with suggestions. */
class UnknownIdError extends UsageError {}

interface Context {
  readonly io: CommandIO;
  readonly json: boolean;
  readonly lang: Language;
  readonly authority: string | undefined;
  readonly jurisdiction: string | undefined;
}

function exists(kind: SearchKind, id: string): boolean {
  return knowledgeBase.get(kind, id) !== undefined;
}

/**
 * Resolves an id, or an exact name, of one of `kinds`.
 *
 * @throws UnknownIdError with the closest matches.
 */
function resolveId(text: string, kinds: readonly SearchKind[], lang: Language): string {
  for (const kind of kinds) if (exists(kind, text)) return text;
  const results = knowledgeBase.search(text, { kinds, limit: 5 });
  const exact = results.filter((r) => r.score === 1);
  if (exact.length === 1) return (exact[0] as (typeof exact)[number]).id;
  const what = kinds.map((k) => KIND_WORDS[k]).join(' or ');
  const close = [
    ...new Set([
      ...closeMatches(
        text,
        kinds.flatMap((kind) => knowledgeBase.dataset[kind].map((r) => r.id)),
      ),
      ...results.map((r) => r.id),
    ]),
  ].slice(0, 5);
  const suggestion =
    close.length > 0
      ? `; did you mean ${close.join(', ')}?`
      : `; try \`meso-evidence query search ${text}${lang === 'nb' ? ' --lang nb' : ''}\``;
  throw new UnknownIdError(`unknown ${what} \`${text}\`${suggestion}`);
}

function range(r: SourcedRange | undefined, unit = ''): string {
  if (r === undefined) return 'not documented';
  const u = r.unit ?? unit;
  return `${r.min === r.max ? r.min : `${r.min}–${r.max}`}${u ? ` ${u}` : ''}`;
}

function pairs(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function queryEvidence(args: readonly string[], c: Context): number {
  if (args.length !== 2) throw new UsageError('query evidence takes <intervention> <indication>');
  const subject = resolveId(args[0] as string, SUBJECT_KINDS, c.lang);
  const indication = resolveId(args[1] as string, ['indications'], c.lang);
  const match = knowledgeBase.assessment(subject, indication);
  if (match === undefined) {
    if (c.json) c.io.out('null');
    else
      c.io.out(
        `No assessment of ${knowledgeBase.label(subject, c.lang)} for ${knowledgeBase.label(indication, c.lang)}: claims about it are unverifiable.`,
      );
    return 1;
  }
  if (c.json) {
    c.io.out(JSON.stringify(match, null, 2));
    return 0;
  }
  const a = match.assessment;
  const out = c.io.out;
  const t = bundledMessages(c.lang).cli;
  out(`${capitalize(knowledgeBase.label(a.subject, c.lang))} — ${knowledgeBase.label(a.indication, c.lang)} (${a.id})`);
  const rows: [string, string][] = [
    [t.direction, a.direction],
    [t.certainty, `${a.certainty} (GRADE)`],
    [t.verification, a.verification],
  ];
  if (match.chain.length > 1) rows.push([t['found-via'], match.chain.join(' → ')]);
  for (const line of pairs(rows)) out(line);
  out('');
  out(a.rationale[c.lang] ?? a.rationale.en);
  if (a.studies.length > 0) {
    out('');
    out(`${t.studies}:`);
    for (const id of a.studies) {
      const study = knowledgeBase.study(id);
      out(`  [${id}] ${study ? formatReference(study) : ''}`);
    }
  }
  if (a.statements.length > 0) {
    out('');
    out(`${t.statements}: ${a.statements.join(', ')}`);
  }
  return 0;
}

function queryStudy(args: readonly string[], c: Context): number {
  if (args.length !== 1) throw new UsageError('query study takes one <id>');
  const id = resolveId(args[0] as string, ['studies'], c.lang);
  const study = knowledgeBase.study(id);
  if (study === undefined) return 1;
  if (c.json) {
    c.io.out(JSON.stringify(study, null, 2));
    return 0;
  }
  const out = c.io.out;
  const t = bundledMessages(c.lang).cli;
  out(`${study.id}: ${formatReference(study)}`);
  const rows: [string, string][] = [
    [t.design, `${study.design}, ${study.controlled ? t.controlled : t.uncontrolled}`],
    [t.participants, study.sampleSize?.participants?.toString() ?? t['not-reported']],
    [t.result, study.result],
    [t.about, `${study.interventions.join(', ')} — ${study.indications.join(', ')}`],
    [
      t.verification,
      study.verification +
        (study.unverifiedFields?.length ? ` (${t.unverified}: ${study.unverifiedFields.join(', ')})` : ''),
    ],
  ];
  if (study.sampleSize?.studies) rows.splice(2, 0, [t['studies-pooled'], String(study.sampleSize.studies)]);
  if (study.duration) rows.push([t.duration, study.duration]);
  if (study.followUp) rows.push([t['follow-up'], study.followUp]);
  for (const line of pairs(rows)) out(line);
  out('');
  out(study.summary[c.lang] ?? study.summary.en);
  out('');
  out(`${t.outcomes}:`);
  for (const o of study.outcomes) out(`  [${o.result}] ${o.measure}: ${o.summary}`);
  const citing = knowledgeBase.assessmentsCiting(study.id);
  if (citing.length > 0) out(`\n${t['cited-by']}: ${citing.map((a) => a.id).join(', ')}`);
  const described = knowledgeBase.descriptionsOf(study.id);
  if (described.length > 0) {
    out(`\n${t['described-as']}:`);
    for (const { description: d } of described) out(`  ${d.accurate ? '✔' : '✖'} ${d.source}: "${d.text}" — ${d.note}`);
  }
  return 0;
}

function queryRegulatory(args: readonly string[], c: Context): number {
  if (args.length !== 1) throw new UsageError('query regulatory takes one <intervention|ingredient>');
  const subject = resolveId(args[0] as string, SUBJECT_KINDS, c.lang);
  const records = knowledgeBase.findRegulatory({
    subject,
    ...(c.authority === undefined ? {} : { authority: c.authority }),
    ...(c.jurisdiction === undefined ? {} : { jurisdiction: c.jurisdiction }),
  });
  if (c.json) {
    c.io.out(JSON.stringify(records, null, 2));
    return records.length > 0 ? 0 : 1;
  }
  if (records.length === 0) {
    c.io.out(
      `No regulatory facts on ${knowledgeBase.label(subject, c.lang)}${c.authority ? ` from ${c.authority}` : ''}${c.jurisdiction ? ` in ${c.jurisdiction}` : ''}.`,
    );
    return 1;
  }
  for (const r of records) {
    const when = r.date ?? (r.asOf ? `as of ${r.asOf}` : '');
    const indications =
      r.indications.length > 0 ? ` for ${r.indications.map((i) => knowledgeBase.label(i, c.lang)).join(', ')}` : '';
    c.io.out(`${r.authority} (${r.jurisdiction})  ${r.status}${indications}${when ? `  ${when}` : ''}  [${r.id}]`);
    c.io.out(`  ${r.summary[c.lang] ?? r.summary.en}`);
  }
  return 0;
}

function querySearch(args: readonly string[], c: Context): number {
  if (args.length === 0) throw new UsageError('query search takes <text>');
  const results = knowledgeBase.search(args.join(' '), { lang: c.lang });
  if (c.json) {
    c.io.out(JSON.stringify(results, null, 2));
    return results.length > 0 ? 0 : 1;
  }
  if (results.length === 0) {
    c.io.out(fillMessage(bundledMessages(c.lang).cli['nothing-found'], { query: args.join(' ') }));
    return 1;
  }
  const width = Math.max(...results.map((r) => r.id.length));
  for (const r of results)
    c.io.out(`${r.score.toFixed(2)}  ${KIND_WORDS[r.kind].padEnd(12)}  ${r.id.padEnd(width)}  ${r.label}`);
  return 0;
}

function queryCompare(args: readonly string[], c: Context): number {
  if (args.length !== 2) throw new UsageError('query compare takes <a> <b>');
  const a = resolveId(args[0] as string, ['interventions'], c.lang);
  const b = resolveId(args[1] as string, ['interventions'], c.lang);
  const comparison = knowledgeBase.compare(a, b);
  if (comparison === undefined) return 1;
  if (c.json) {
    c.io.out(JSON.stringify(comparison, null, 2));
    return 0;
  }
  const la = knowledgeBase.label(a, c.lang);
  const lb = knowledgeBase.label(b, c.lang);
  const { a: pa, b: pb } = comparison;
  const t = bundledMessages(c.lang).cli;
  const table: [string, string, string][] = [
    ['', la, lb],
    [t.type, pa.type, pb.type],
    [t.invasiveness, pa.invasiveness, pb.invasiveness],
    [t.sessions, range(pa.sessions), range(pb.sessions)],
    [t['session-minutes'], range(pa.sessionMinutes), range(pb.sessionMinutes)],
    [t['downtime-days'], range(pa.downtimeDays), range(pb.downtimeDays)],
    [t['adverse-effects'], String(pa.adverseEffects), String(pb.adverseEffects)],
  ];
  for (const row of comparison.evidence) {
    const cell = (e: typeof row.a): string =>
      e ? `${e.direction}, ${e.certainty}${e.chain.length > 1 ? ` (via ${e.chain.at(-1)})` : ''}` : '—';
    table.push([knowledgeBase.label(row.indication, c.lang), cell(row.a), cell(row.b)]);
  }
  const w0 = Math.max(...table.map((r) => r[0].length));
  const w1 = Math.max(...table.map((r) => r[1].length));
  for (const [k, x, y] of table) c.io.out(`${k.padEnd(w0)}  ${x.padEnd(w1)}  ${y}`.trimEnd());
  if (comparison.lessInvasive)
    c.io.out(`\n${t['less-invasive']}: ${knowledgeBase.label(comparison.lessInvasive, c.lang)}`);
  return 0;
}

const SUBCOMMANDS: Record<string, (args: readonly string[], c: Context) => number> = {
  evidence: queryEvidence,
  study: queryStudy,
  regulatory: queryRegulatory,
  search: querySearch,
  compare: queryCompare,
};

/**
 * Runs `query`.
 *
 * @param args - Arguments after `query`.
 * @param io - Where to write.
 * @returns The exit code: 0 found, 1 nothing matches, 2 usage error or unknown id.
 * @example
 * ```ts
 * import { runQuery } from './query-command.js';
 * runQuery(['evidence', 'mesotherapy', 'cellulite', '--json'], { out: console.log, err: console.error });
 * ```
 */
export function runQuery(args: readonly string[], io: CommandIO): number {
  try {
    const { values, positionals } = usage(() =>
      parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
          json: { type: 'boolean' },
          lang: { type: 'string' },
          authority: { type: 'string' },
          jurisdiction: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    );
    if (values.help) {
      io.out(QUERY_HELP);
      return 0;
    }
    const [what, ...rest] = positionals;
    if (what === undefined) throw new UsageError('say what to query: evidence, study, regulatory, search or compare');
    const sub = SUBCOMMANDS[what];
    if (sub === undefined) throw new UsageError(unknownChoice('query', what, Object.keys(SUBCOMMANDS)));
    if ((values.authority !== undefined || values.jurisdiction !== undefined) && what !== 'regulatory') {
      throw new UsageError('--authority and --jurisdiction go with `query regulatory`');
    }
    return sub(rest, {
      io,
      json: values.json === true,
      lang: oneOf('--lang', values.lang, LANGUAGES) ?? 'en',
      authority: values.authority,
      jurisdiction: values.jurisdiction?.toUpperCase(),
    });
  } catch (error) {
    if (error instanceof UnknownIdError) {
      io.err(`meso-evidence query: ${error.message}`);
      return 2;
    }
    if (!(error instanceof UsageError)) throw error;
    return reportUsage(io, 'query', error.message);
  }
}
