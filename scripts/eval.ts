/**
 * `npm run eval -- DIR [--verbose] [--record FILE]`: scores the fact-check engine against
 * a folder of `*.gold.yaml` files and prints precision, recall, verdict accuracy,
 * refersTo accuracy, false positives and false alarms (overstated/contradicted findings on
 * sentences that make no such claim) per document, per language (`en`, `nb`, and
 * `unsupported` for every other gold language) and in total, then lists every false
 * alarm. `--record FILE` also writes the run's findings as a first-pass record
 * (scripts/lib/first-pass.ts). Exits 1 when DIR has no gold files.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  checkDocument,
  describeFinding,
  languageGroups,
  rates,
  readGoldFolder,
  scoreDocument,
  sum,
  type Counts,
  type DocumentScore,
} from './lib/evaluate.js';
import type { FirstPassRecord } from './lib/first-pass.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const recordAt = args.indexOf('--record');
const recordFile = recordAt === -1 ? undefined : args[recordAt + 1];
const dir = args.find((arg, i) => !arg.startsWith('-') && (recordAt === -1 || i !== recordAt + 1));
if (!dir || (recordAt !== -1 && !recordFile)) {
  console.error('usage: npm run eval -- DIR [--verbose] [--record FILE]');
  process.exit(2);
}
const documents = readGoldFolder(dir);
if (documents.length === 0) {
  console.error(`no *.gold.yaml files in ${dir}`);
  process.exit(1);
}
const runs = documents.map((entry) => ({ entry, findings: checkDocument(entry) }));
const scores: DocumentScore[] = runs.map(({ entry, findings }) => scoreDocument(entry.gold, findings));
const pct = (x: number): string => x.toFixed(2).padStart(5);
const num = (x: number): string => String(x).padStart(3);
const row = (name: string, c: Counts): string => {
  const r = rates(c);
  return `${name.padEnd(28)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.verdictAccuracy)} ${pct(r.refersToAccuracy)}   ${num(c.tp)} ${num(c.fp)} ${num(c.fn)} ${num(c.falseAlarms)}`;
};
console.log(
  `${'document'.padEnd(28)} ${'prec'.padStart(5)} ${'rec'.padStart(5)} ${'verd'.padStart(5)} ${'refs'.padStart(5)}    tp  fp  fn  fa`,
);
for (const score of scores) {
  console.log(row(score.document, score));
  if (verbose) {
    for (const f of score.falsePositives)
      console.log(
        `    FP line ${f.position.start.line}: ${f.claim.subject} ${f.claim.predicate} ${f.claim.object ?? ''} ${f.claim.polarity} → ${f.verdict}  «${f.text.slice(0, 70)}»`,
      );
    for (const g of score.falseNegatives)
      console.log(`    FN line ${g.line}: ${g.subject} ${g.predicate} ${g.object ?? ''} ${g.polarity}`);
    for (const { gold, finding } of score.wrongVerdicts)
      console.log(
        `    VERDICT line ${gold.line}: ${gold.subject} ${gold.predicate} ${gold.object ?? ''}: expected ${gold.verdict}, got ${finding.verdict}`,
      );
    for (const { gold, finding } of score.wrongRefersTo)
      console.log(
        `    REFERS line ${gold.line}: expected [${gold.refersTo?.join(', ')}], got [${finding.refersTo.join(', ')}]`,
      );
  }
}
for (const group of languageGroups(scores)) console.log(row(`language ${group.name}`, group.counts));
console.log(row('total', sum(scores)));
const alarms = scores.flatMap((s) => s.falseAlarmFindings.map((f) => describeFinding(s.document, f)));
console.log(`\nfalse alarms (${alarms.length}): overstated/contradicted findings that match no gold claim`);
for (const line of alarms) console.log(`  ${line}`);

if (recordFile) {
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const record: FirstPassRecord = {
    folder: relative(process.cwd(), dir),
    commit,
    documents: runs.map(({ entry, findings }) => ({
      document: entry.gold.document,
      language: entry.gold.language,
      findings: [...findings],
    })),
  };
  writeFileSync(recordFile, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\nrecorded the findings in ${recordFile}`);
}
