/**
 * `npm run eval -- DIR [--verbose]`: scores the fact-check engine against a folder of
 * `*.gold.yaml` files and prints precision, recall, verdict accuracy and refersTo
 * accuracy per document, per language and in total. Exits 2 (one line on stderr) when DIR
 * is missing or not a folder, 1 when it has no gold files.
 */
import { statSync } from 'node:fs';
import { factCheck } from '../src/factcheck/fact-check.js';
import { rates, readGoldFolder, scoreDocument, sum, type Counts, type DocumentScore } from './lib/evaluate.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const dir = args.find((arg) => !arg.startsWith('-'));
if (!dir) {
  console.error('usage: npm run eval -- DIR [--verbose]');
  process.exit(2);
}
const isFolder = ((): boolean => {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
})();
if (!isFolder) {
  console.error(`eval: no such folder: ${dir}`);
  process.exit(2);
}
const documents = readGoldFolder(dir);
if (documents.length === 0) {
  console.error(`no *.gold.yaml files in ${dir}`);
  process.exit(1);
}
const scores: DocumentScore[] = documents.map(({ gold, text, format }) =>
  scoreDocument(gold, factCheck(text, { format, language: gold.language }).findings),
);
const pct = (x: number): string => x.toFixed(2).padStart(5);
const row = (name: string, c: Counts): string => {
  const r = rates(c);
  return `${name.padEnd(22)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.verdictAccuracy)} ${pct(r.refersToAccuracy)}   ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`;
};
console.log(
  `${'document'.padEnd(22)} ${'prec'.padStart(5)} ${'rec'.padStart(5)} ${'verd'.padStart(5)} ${'refs'.padStart(5)}    tp  fp  fn`,
);
for (const score of scores) {
  console.log(row(score.document, score));
  if (verbose) {
    for (const f of score.falsePositives)
      console.log(
        `    FP line ${f.position.start.line}: ${f.claim.subject} ${f.claim.predicate} ${f.claim.object ?? ''} ${f.claim.polarity}  «${f.text.slice(0, 70)}»`,
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
for (const language of [...new Set(scores.map((s) => s.language))].sort()) {
  console.log(row(`language ${language}`, sum(scores.filter((s) => s.language === language))));
}
console.log(row('total', sum(scores)));
