/**
 * Scores fact-check findings against gold claims (design.md, "Evaluation sets").
 * A finding matches a gold claim when line, subject, predicate, object and polarity
 * (affirm vs not) agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
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
  language: 'en' | 'nb';
  claims: GoldClaim[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
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
  wrongVerdicts: { gold: GoldClaim; finding: Finding }[];
  wrongRefersTo: { gold: GoldClaim; finding: Finding }[];
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

function matches(finding: Finding, gold: GoldClaim): boolean {
  return (
    finding.position.start.line === gold.line &&
    finding.claim.subject === gold.subject &&
    finding.claim.predicate === gold.predicate &&
    (finding.claim.object ?? null) === (gold.object ?? null) &&
    (finding.claim.polarity === 'affirm') === (gold.polarity === 'affirm')
  );
}

/** Scores one document's findings against its gold claims. */
export function scoreDocument(gold: GoldDocument, findings: readonly Finding[]): DocumentScore {
  const score: DocumentScore = {
    document: gold.document,
    language: gold.language,
    tp: 0,
    fp: 0,
    fn: 0,
    verdictRight: 0,
    verdictTotal: 0,
    refersToRight: 0,
    refersToTotal: 0,
    falsePositives: [],
    falseNegatives: [],
    wrongVerdicts: [],
    wrongRefersTo: [],
  };
  const used = new Set<number>();
  for (const finding of findings) {
    const index = gold.claims.findIndex((claim, i) => !used.has(i) && matches(finding, claim));
    if (index === -1) {
      score.fp++;
      score.falsePositives.push(finding);
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

/** Reads every `*.gold.yaml` in a folder, with its document's text. */
export function readGoldFolder(dir: string): { gold: GoldDocument; text: string; format: 'markdown' | 'text' }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.gold.yaml'))
    .sort()
    .map((name) => {
      const gold = parse(readFileSync(join(dir, name), 'utf8')) as GoldDocument;
      const text = readFileSync(join(dir, gold.document), 'utf8');
      return { gold, text, format: gold.document.endsWith('.md') ? 'markdown' : 'text' };
    });
}

/** Adds counts together. */
export function sum(scores: readonly Counts[]): Counts {
  const total: Counts = { tp: 0, fp: 0, fn: 0, verdictRight: 0, verdictTotal: 0, refersToRight: 0, refersToTotal: 0 };
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
