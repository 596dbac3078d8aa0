/**
 * Resolves a text's mentions of research ("a 2012 study of six people", "en studie
 * fra 2008 på 20 kvinner") to study records, by year, sample size and design.
 *
 * @module
 */
import type { StudyDesign } from '../schema/evidence.js';
import type { Study } from '../schema/study.js';
import type { Token } from './tokenize.js';

/**
 * A sentence's words with what the lexicon found in them, as the resolver needs it.
 *
 * @example
 * ```ts
 * import type { MentionContext } from './study-mentions.js';
 * ```
 */
export interface MentionContext {
  /** The sentence's tokens. */
  readonly tokens: readonly Token[];
  /** The text the token offsets point into. */
  readonly text: string;
  /** Whether the sentence mentions research at all. */
  readonly mentionsStudy: boolean;
  /** Study designs named, by token index. */
  readonly designs: ReadonlyMap<number, ReadonlySet<StudyDesign>>;
  /** Number words (folded) and their values. */
  readonly numbers: ReadonlyMap<string, number>;
  /** Tokens that are conjunctions splitting a list of mentions ("and", "og"). */
  readonly isConjunction: (token: Token) => boolean;
  /** The interventions the claims beside the mention are about. */
  readonly subjects?: readonly string[];
  /** The indications the claims beside the mention are about (to choose between studies that fit alike). */
  readonly indications?: readonly string[];
  /** Indexes of words that mention research ("studies", "studier"). */
  readonly studyWords: ReadonlySet<number>;
}

/**
 * Finds the studies a sentence refers to. Each year mentioned picks the study of that
 * year whose sample size or design agrees with the words around the year; a year
 * that fits several studies equally is left unresolved rather than guessed.
 *
 * @param context - The sentence.
 * @param studiesByYear - Studies indexed by publication year.
 * @param studiesBySubject - Studies indexed by intervention, for mentions without a year.
 * @returns Study ids, in the order mentioned, without repeats.
 * @example
 * ```ts
 * import { resolveStudyMentions } from './study-mentions.js';
 * resolveStudyMentions({ tokens: [], text: '', mentionsStudy: false, designs: new Map(), studyWords: new Set(), numbers: new Map(), isConjunction: () => false }, new Map()); // []
 * ```
 */
export function resolveStudyMentions(
  context: MentionContext,
  studiesByYear: ReadonlyMap<number, readonly Study[]>,
  studiesBySubject: ReadonlyMap<string, readonly Study[]> = new Map(),
): string[] {
  if (!context.mentionsStudy) return [];
  const { tokens, text } = context;
  const found: string[] = [];
  const isYear = (token: Token): boolean => /^(?:19|20)\d\d$/.test(token.text) && studiesByYear.has(Number(token.text));
  const boundaryBefore = (index: number): boolean => {
    const token = tokens[index] as Token;
    const previous = tokens[index - 1];
    return !previous || /[,;:()]/.test(text.slice(previous.end, token.start)) || context.isConjunction(token);
  };
  tokens.forEach((token, index) => {
    if (!isYear(token)) return;
    let first = index;
    while (first > 0 && !boundaryBefore(first) && !isYear(tokens[first - 1] as Token)) first--;
    let last = index;
    while (last + 1 < tokens.length && !boundaryBefore(last + 1) && !isYear(tokens[last + 1] as Token)) last++;
    const candidates = studiesByYear.get(Number(token.text)) ?? [];
    // Read the words around the year; when they fit several studies equally, the whole clause.
    let winners = bestFits(candidates, context, first, last, index);
    if (winners.length > 1) winners = bestFits(candidates, context, 0, tokens.length - 1, index);
    if (winners.length === 1 && !found.includes((winners[0] as { id: string }).id))
      found.push((winners[0] as { id: string }).id);
  });
  if (found.length === 0 && !tokens.some(isYear)) found.push(...withoutYear(context, studiesBySubject));
  return found;
}

/**
 * A mention with no year resolves only when exactly one study of the claim's subject fits
 * the design named and, when the words give a number ("a review of eight placebo-controlled
 * trials"), that number too ("its consensus report" → the one consensus report).
 */
function withoutYear(context: MentionContext, studiesBySubject: ReadonlyMap<string, readonly Study[]>): string[] {
  const numbers = new Set<number>();
  for (const token of context.tokens) {
    const value = /^\d+$/.test(token.text) ? Number(token.text) : context.numbers.get(token.folded);
    if (value !== undefined && value > 1) numbers.add(value);
  }
  const designs = new Set([...context.designs.values()].flatMap((set) => [...set]));
  const counted = countedStudies(context, studiesBySubject, designs);
  if (counted.length > 0) return counted;
  if (designs.size === 0) return [];
  const candidates = new Set<Study>();
  for (const subject of context.subjects ?? [])
    for (const study of studiesBySubject.get(subject) ?? []) candidates.add(study);
  const fits = [...candidates].filter(
    (study) =>
      designs.has(study.design) &&
      (numbers.size === 0 ||
        numbers.has(study.sampleSize?.participants ?? -1) ||
        numbers.has(study.sampleSize?.studies ?? -1)),
  );
  if (fits.length === 1) return [(fits[0] as Study).id];
  // Several fit the words: the one about the claims' indication, if only one is.
  const onIndication = fits.filter((study) => aboutIndication(study, context));
  return onIndication.length === 1 ? [(onIndication[0] as Study).id] : [];
}

/** Whether a study is about one of the indications the claims beside the mention name. */
function aboutIndication(study: Study, context: MentionContext): boolean {
  return study.indications.some((indication) => context.indications?.includes(indication) === true);
}

/** The candidates whose sample size or design fits the words between `first` and `last` best. */
function bestFits(
  candidates: readonly Study[],
  context: MentionContext,
  first: number,
  last: number,
  skip: number,
): { id: string; score: number }[] {
  const numbers = new Set<number>();
  const designs = new Set<StudyDesign>();
  for (let i = first; i <= last; i++) {
    if (i === skip) continue;
    const word = context.tokens[i] as Token;
    const value = /^\d+$/.test(word.text) ? Number(word.text) : context.numbers.get(word.folded);
    if (value !== undefined) numbers.add(value);
    for (const design of context.designs.get(i) ?? []) designs.add(design);
  }
  // The words decide; the claims beside the mention (their treatment, then their indication) only break a tie.
  const scored = candidates.map((study) => ({
    id: study.id,
    score:
      (numbers.has(study.sampleSize?.participants ?? -1) || numbers.has(study.sampleSize?.studies ?? -1) ? 2 : 0) +
      (designs.has(study.design) ? 1 : 0) +
      (study.interventions.some((id) => context.subjects?.includes(id) === true) ? 0.5 : 0) +
      (aboutIndication(study, context) ? 0.25 : 0),
  }));
  const best = Math.max(...scored.map((s) => s.score));
  return scored.filter((s) => s.score === best);
}

/**
 * "Two phase 3 trials with more than 1,000 adults", "to store studier med til sammen over
 * tusen deltakere": a count of studies and their total size. Resolves to the studies of the
 * claim's subject (of the design named, if any) when there are exactly that many, or to the
 * that-many largest when together they are at least the total the text gives.
 */
function countedStudies(
  context: MentionContext,
  studiesBySubject: ReadonlyMap<string, readonly Study[]>,
  designs: ReadonlySet<StudyDesign>,
): string[] {
  const { tokens } = context;
  let count: number | undefined;
  tokens.forEach((token, index) => {
    const value = /^\d$/.test(token.text) ? Number(token.text) : context.numbers.get(token.folded);
    if (value === undefined || value < 2 || value > 9 || count !== undefined) return;
    // The count stands right before the study word, one or two describing words between.
    for (let next = index + 1; next <= index + 3 && next < tokens.length; next++) {
      if (context.designs.has(next) || context.studyWords.has(next)) count = value;
    }
  });
  if (count === undefined) return [];
  const candidates = new Set<Study>();
  for (const subject of context.subjects ?? []) {
    for (const study of studiesBySubject.get(subject) ?? [])
      if (designs.size === 0 || designs.has(study.design)) candidates.add(study);
  }
  const bySize = [...candidates].sort((a, b) => (b.sampleSize?.participants ?? 0) - (a.sampleSize?.participants ?? 0));
  if (bySize.length === count) return bySize.map((study) => study.id);
  const total = largestNumber(context);
  const largest = bySize.slice(0, count);
  const sum = largest.reduce((n, study) => n + (study.sampleSize?.participants ?? 0), 0);
  return largest.length === count && total !== undefined && total >= 100 && sum >= total
    ? largest.map((study) => study.id)
    : [];
}

/** The largest number written in the words, reading "1,022", "1 022" and "tusen" alike. */
function largestNumber(context: MentionContext): number | undefined {
  const first = context.tokens[0];
  const last = context.tokens.at(-1);
  if (!first || !last) return undefined;
  const text = context.text.slice(first.start, last.end);
  let largest: number | undefined;
  for (const match of text.matchAll(/\d{1,3}(?:[ ,.\u00a0]\d{3})+|\d+/g)) {
    const value = Number(match[0].replace(/[ ,.\u00a0]/g, ''));
    if (largest === undefined || value > largest) largest = value;
  }
  for (const token of context.tokens) {
    const value = context.numbers.get(token.folded);
    if (value !== undefined && (largest === undefined || value > largest)) largest = value;
  }
  return largest;
}
