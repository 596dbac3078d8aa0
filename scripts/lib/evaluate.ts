/**
 * Scores fact-check findings against gold claims (design.md, "Evaluation sets").
 * A finding matches a gold claim when line, subject, predicate, object and polarity
 * (affirm vs not) agree.
 *
 * A gold file's `language` is the ISO 639-1 code of (most of) its text. Every document is
 * fact-checked with the language left to detection, block by block, as a user's file would
 * be: a bokmål summary on an English page is read in bokmål (the eval test checks that the
 * detected main language is the gold one). Any code but `en` and `nb` (`da`, `sv`, `nn`,
 * `de`, …) marks a language the engine does not support, and the gold expects no findings
 * (`claims: []`).
 *
 * A false alarm is a finding with an alarming verdict (`overstated` or `contradicted`)
 * that matches no gold claim, optional ones included: a warning on a sentence that makes
 * no such claim. A finding whose text runs on into a later line that carries the same
 * claim (a plain-text heading read together with the sentence below it) is misplaced —
 * a false positive, but not a false alarm. It is counted apart from the false positives it is one of, because it is
 * the one error a fact-check tool must not make. A matched claim with a wrong verdict is a
 * verdict error, not a false alarm.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { factCheck, type FactCheckReport } from '../../src/factcheck/fact-check.js';
import { factCheckHtml } from '../../src/html/fact-check-html.js';
import type { Finding } from '../../src/factcheck/finding.js';

export interface GoldClaim {
  line: number;
  subject: string;
  predicate: string;
  object?: string;
  polarity: string;
  verdict?: string;
  refersTo?: string[];
  optional?: boolean;
}

export interface GoldDocument {
  document: string;
  /** `en`, `nb`, or the ISO 639-1 code of a language the engine does not support. */
  language: string;
  claims: GoldClaim[];
}

/** The languages the engine reads; every other gold language is unsupported. */
export const SUPPORTED_LANGUAGES = ['en', 'nb'] as const;

/** Whether a gold file's language is one the engine reads. */
export function isSupported(language: string): language is (typeof SUPPORTED_LANGUAGES)[number] {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(language);
}

/** The verdicts that warn a reader; on a sentence that makes no such claim they are false alarms. */
export const ALARMING_VERDICTS: readonly string[] = ['overstated', 'contradicted'];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** False positives whose verdict is overstated or contradicted. */
  falseAlarms: number;
  verdictRight: number;
  verdictTotal: number;
  refersToRight: number;
  refersToTotal: number;
}

export interface DocumentScore extends Counts {
  document: string;
  language: string;
  falsePositives: Finding[];
  falseNegatives: GoldClaim[];
  /** The false positives with an overstated or contradicted verdict. */
  falseAlarmFindings: Finding[];
  wrongVerdicts: { gold: GoldClaim; finding: Finding }[];
  wrongRefersTo: { gold: GoldClaim; finding: Finding }[];
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

function sameClaim(finding: Finding, gold: GoldClaim): boolean {
  return (
    finding.claim.subject === gold.subject &&
    finding.claim.predicate === gold.predicate &&
    (finding.claim.object ?? null) === (gold.object ?? null) &&
    (finding.claim.polarity === 'affirm') === (gold.polarity === 'affirm')
  );
}

function matches(finding: Finding, gold: GoldClaim): boolean {
  return finding.position.start.line === gold.line && sameClaim(finding, gold);
}

/**
 * Whether an unmatched finding is the right claim put on the wrong line: its text runs
 * over the line of a gold claim it agrees with (a plain-text heading read into the
 * sentence below it). That is a false positive and a false negative, but not a false alarm.
 */
function misplaced(finding: Finding, gold: GoldDocument): boolean {
  const { start, end } = finding.position;
  return gold.claims.some((claim) => claim.line > start.line && claim.line <= end.line && sameClaim(finding, claim));
}

/** Every count at zero: where a document's score and a sum start. */
function noCounts(): Counts {
  return {
    tp: 0,
    fp: 0,
    fn: 0,
    falseAlarms: 0,
    verdictRight: 0,
    verdictTotal: 0,
    refersToRight: 0,
    refersToTotal: 0,
  };
}

/** Scores one document's findings against its gold claims. */
export function scoreDocument(gold: GoldDocument, findings: readonly Finding[]): DocumentScore {
  const score: DocumentScore = {
    document: gold.document,
    language: gold.language,
    ...noCounts(),
    falsePositives: [],
    falseNegatives: [],
    falseAlarmFindings: [],
    wrongVerdicts: [],
    wrongRefersTo: [],
  };
  const used = new Set<number>();
  for (const finding of findings) {
    const index = gold.claims.findIndex((claim, i) => !used.has(i) && matches(finding, claim));
    if (index === -1) {
      score.fp++;
      score.falsePositives.push(finding);
      if (ALARMING_VERDICTS.includes(finding.verdict) && !misplaced(finding, gold)) {
        score.falseAlarms++;
        score.falseAlarmFindings.push(finding);
      }
      continue;
    }
    used.add(index);
    const claim = gold.claims[index] as GoldClaim;
    if (claim.optional) continue;
    score.tp++;
    if (claim.verdict !== undefined) {
      score.verdictTotal++;
      if (claim.verdict === finding.verdict) score.verdictRight++;
      else score.wrongVerdicts.push({ gold: claim, finding });
    }
    if (claim.refersTo !== undefined) {
      score.refersToTotal++;
      if (sameSet(claim.refersTo, finding.refersTo)) score.refersToRight++;
      else score.wrongRefersTo.push({ gold: claim, finding });
    }
  }
  gold.claims.forEach((claim, index) => {
    if (!used.has(index) && !claim.optional) {
      score.fn++;
      score.falseNegatives.push(claim);
    }
  });
  return score;
}

export interface GoldEntry {
  gold: GoldDocument;
  text: string;
  /** How the document is read: by its extension, `.md` as Markdown, `.html` as a web page, anything else as plain text. */
  format: 'markdown' | 'text' | 'html';
}

function formatOf(document: string): GoldEntry['format'] {
  if (document.endsWith('.md')) return 'markdown';
  if (document.endsWith('.html') || document.endsWith('.htm')) return 'html';
  return 'text';
}

/** Reads every `*.gold.yaml` in a folder, with its document's text. */
export function readGoldFolder(dir: string): GoldEntry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.gold.yaml'))
    .sort()
    .map((name) => {
      const gold = parse(readFileSync(join(dir, name), 'utf8')) as GoldDocument;
      const text = readFileSync(join(dir, gold.document), 'utf8');
      return { gold, text, format: formatOf(gold.document) };
    });
}

/**
 * Fact-checks one gold document as the evaluation does: with each block's language
 * detected, as a user's file is (forcing the gold language would read a bokmål paragraph
 * of an English page as English and miss its claims).
 */
export function checkDocument(entry: GoldEntry): readonly Finding[] {
  return checkReport(entry).findings;
}

/** The whole report of {@link checkDocument}: a web page is read by `factCheckHtml`, as `check` reads a `.html` file. */
export function checkReport({ text, format }: GoldEntry): FactCheckReport {
  return format === 'html' ? factCheckHtml(text) : factCheck(text, { format });
}

/** Adds counts together. */
export function sum(scores: readonly Counts[]): Counts {
  const total = noCounts();
  for (const s of scores) for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += s[key];
  return total;
}

/** Precision, recall, verdict accuracy and refersTo accuracy; 1 when there is nothing to measure. */
export function rates(c: Counts): {
  precision: number;
  recall: number;
  verdictAccuracy: number;
  refersToAccuracy: number;
} {
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    verdictAccuracy: ratio(c.verdictRight, c.verdictTotal),
    refersToAccuracy: ratio(c.refersToRight, c.refersToTotal),
  };
}

/**
 * The language rows of a report: `en`, `nb`, then `unsupported` for every other gold
 * language together (only the rows that have documents).
 */
export function languageGroups(scores: readonly DocumentScore[]): { name: string; counts: Counts }[] {
  const groups = [
    ...SUPPORTED_LANGUAGES.map((language) => ({
      name: language,
      scores: scores.filter((s) => s.language === language),
    })),
    { name: 'unsupported', scores: scores.filter((s) => !isSupported(s.language)) },
  ];
  return groups.filter((g) => g.scores.length > 0).map((g) => ({ name: g.name, counts: sum(g.scores) }));
}

/** One line describing a finding, for lists of false positives and false alarms. */
export function describeFinding(document: string, f: Finding): string {
  const { subject, predicate, object, polarity } = f.claim;
  return `${document}:${f.position.start.line} ${subject} ${predicate}${object ? ` ${object}` : ''} ${polarity} → ${f.verdict}  «${f.text.slice(0, 70)}»`;
}
