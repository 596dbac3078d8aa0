/**
 * Finds claims in a document's blocks: who (subject), what (predicate, object),
 * and whether the text asserts, denies or hedges it. Reads only: judging is the
 * knowledge base's job.
 *
 * @module
 */
import type { Claim } from '../evidence/claim.js';
import type { StudyDesign } from '../schema/evidence.js';
import type { Study } from '../schema/study.js';
import type { Block } from './block.js';
import { readClause, type ClauseReading } from './clause-claims.js';
import {
  clauseContext,
  copyOf,
  INITIAL_DISCOURSE,
  reduceDiscourse,
  summarizeBlock,
  type BlockSummary,
  type DiscourseState,
} from './discourse.js';
import type { Lexicon } from './lexicon.js';
import { QUESTION_RULES, SENTENCE_CLAIMS_RULES, SENTENCE_QUALIFIERS } from './rules/index.js';
import { asksToJudge } from './rules/quiz-prompt.js';
import type { QuestionInput, Trace } from './rules/types.js';
import { distributeMentions } from './mentions.js';
import { splitSentences, type SentenceSpan } from './segment.js';
import { isRole, readSentence, type Clause, type SentenceView } from './sentence.js';
import { resolveStudyMentions, type MentionContext } from './study-mentions.js';
import { scannedTokens, scanWords, type Token, type WordScan } from './tokenize.js';

/**
 * The longest block text whose words are scanned once for all its sentences (`scanWords`), in
 * UTF-16 units. A longer block (a megabyte of text on one line, read as one paragraph) has
 * each sentence's words read as the sentence is read, so no list of all its words is held
 * for as long as the block takes to read: such a list, alive through the whole block, is what
 * the collector moves to the old generation, with the garbage made beside it.
 *
 * @example
 * ```ts
 * import { MAX_SCANNED_BLOCK } from './extract.js';
 * MAX_SCANNED_BLOCK; // 32768
 * ```
 * @internal
 */
export const MAX_SCANNED_BLOCK = 32_768;

/**
 * A claim found in a block, with its span in the block's text and the studies the
 * text itself mentions alongside it.
 *
 * @example
 * ```ts
 * import type { ExtractedClaim } from './extract.js';
 * ```
 */
export interface ExtractedClaim {
  /** The claim. */
  readonly claim: Claim;
  /** Index of the block it is in. */
  readonly block: number;
  /**
   * Start offset of the claim's text in the block text: its sentence, or the part of it from the clause that
   * opens one of its own (after a speaker's label, a price line) to the next.
   */
  readonly start: number;
  /** End offset of the claim's text in the block text. */
  readonly end: number;
  /** Study ids the text mentions with the claim. */
  readonly refersTo: readonly string[];
}

/**
 * Finds the claims in a document's blocks. Walks the document with the discourse
 * reducer (src/claims/discourse.ts) — the document's topic, the section's, the
 * paragraph's last subject and indication, a list's lead-in — and reads each clause in
 * the context it gives.
 *
 * @param blocks - The document's blocks, in order.
 * @param lexicon - The compiled lexicon for the document's language.
 * @param studiesByYear - Studies indexed by year, for resolving study mentions.
 * @param studiesBySubject - Studies indexed by intervention, for mentions without a year.
 * @param trace - Receives what each rule and suppressor did (for rule fixtures and debugging).
 * @returns The claims, in document order.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon } from './lexicon.js';
 * import { extractClaims } from './extract.js';
 * const text = 'Mesotherapy reduces cellulite.';
 * const claims = extractClaims([{ kind: 'paragraph', depth: 0, text, pieces: [{ textStart: 0, sourceStart: 0, length: text.length }] }],
 *   buildLexicon(knowledgeBase.dataset, 'en'), new Map());
 * claims[0]?.claim.object; // 'cellulite'
 * ```
 */
export function extractClaims(
  blocks: readonly Block[],
  lexicon: Lexicon,
  studiesByYear: ReadonlyMap<number, readonly Study[]>,
  studiesBySubject: ReadonlyMap<string, readonly Study[]> = new Map(),
  trace?: Trace,
): ExtractedClaim[] {
  const reader = claimReader(lexicon, studiesByYear, studiesBySubject, trace);
  const found: ExtractedClaim[] = [];
  blocks.forEach((block, index) => {
    for (const claim of reader.read(block, index)) found.push(claim);
  });
  return found;
}

/**
 * Reads the claims of a document one block at a time, as {@link extractClaims} does for
 * all of them: what it keeps between blocks is the discourse state and the summaries of
 * the blocks a later list item may name as its lead-in, so a reader fed piece by piece
 * holds no block it has read.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon } from './lexicon.js';
 * import { claimReader } from './extract.js';
 * const reader = claimReader(buildLexicon(knowledgeBase.dataset, 'en'), new Map());
 * const text = 'Mesotherapy reduces cellulite.';
 * reader.read({ kind: 'paragraph', depth: 0, text, pieces: [{ textStart: 0, sourceStart: 0, length: text.length }] }, 0)[0]
 *   ?.claim.object; // 'cellulite'
 * ```
 */
export interface ClaimReader {
  /**
   * Reads the next block.
   *
   * @param block - The block; its `leadIn` is the index of an earlier block read by this reader.
   * @param index - The block's index (each call's is greater than the last).
   * @param each - When given, receives each claim as soon as its sentence is read, and the
   *   claims are not collected (a block of megabytes then holds none of its claims at once).
   * @param scan - The block text's words, when the caller has found them (`scanWords`).
   * @returns The claims found in it, in order, each with `block` set to `index` (none when `each` is given).
   */
  read(block: Block, index: number, each?: (claim: ExtractedClaim) => void, scan?: WordScan): ExtractedClaim[];
  /**
   * Forgets the summaries of earlier blocks but those given: a later block's lead-in can
   * only be one of them (the piecewise reader knows which).
   *
   * @param keep - Indices of blocks a later block may still name as its lead-in.
   */
  retain(keep: readonly number[]): void;
}

/**
 * A {@link ClaimReader} with a fresh discourse state.
 *
 * @param lexicon - The compiled lexicon for the document's language.
 * @param studiesByYear - Studies indexed by year, for resolving study mentions.
 * @param studiesBySubject - Studies indexed by intervention, for mentions without a year.
 * @param trace - Receives what each rule and suppressor did.
 * @returns The reader.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon } from './lexicon.js';
 * import { claimReader } from './extract.js';
 * const text = 'Mesotherapy is not FDA-approved.';
 * claimReader(buildLexicon(knowledgeBase.dataset, 'en'), new Map())
 *   .read({ kind: 'paragraph', depth: 0, text, pieces: [{ textStart: 0, sourceStart: 0, length: text.length }] }, 0).length; // 1
 * ```
 */
export function claimReader(
  lexicon: Lexicon,
  studiesByYear: ReadonlyMap<number, readonly Study[]>,
  studiesBySubject: ReadonlyMap<string, readonly Study[]> = new Map(),
  trace?: Trace,
): ClaimReader {
  let summaries = new Map<number, BlockSummary>();
  let state = INITIAL_DISCOURSE;
  // Every row of a table carries the same header: it is read once, not once per row.
  let header: { readonly text: string; readonly sentence: SentenceView } | undefined;
  const headerSentence = (text: string): SentenceView => {
    if (header?.text !== text) header = { text, sentence: readSentence(text, 0, lexicon) };
    return header.sentence;
  };
  const read = (
    block: Block,
    blockIndex: number,
    each?: (claim: ExtractedClaim) => void,
    scan?: WordScan,
  ): ExtractedClaim[] => {
    const found: ExtractedClaim[] = [];
    const emit = each ?? ((claim: ExtractedClaim): void => void found.push(claim));
    const leadIn = block.leadIn === undefined ? undefined : summaries.get(block.leadIn);
    state = reduceDiscourse(state, { type: 'block', block, leadIn });
    // A table row is read with its table's header, which names what each column says.
    if (block.header !== undefined && block.header !== '')
      state = reduceDiscourse(state, { type: 'header', sentence: headerSentence(block.header) }, trace);
    // The block's words are found once, for all its sentences; a block longer than
    // MAX_SCANNED_BLOCK is not scanned whole, each sentence reads its own (the same tokens).
    const words = scan ?? (block.text.length <= MAX_SCANNED_BLOCK ? scanWords(block.text) : undefined);
    let next = 0;
    // One call per sentence rather than one loop body for all of them: measured on a 4 MB
    // line read as one block of 4,000 sentences, the loop's peak RSS was three times the
    // calls' (V8 compiles a long-running loop apart, on the stack, and the objects made there
    // were kept to the next full collection).
    const readSpan = (span: SentenceSpan): void => {
      const scanned = words && scannedTokens(block.text, words, next, span.start, span.end, lexicon.words);
      if (scanned) next = scanned.next;
      const sentence = readSentence(block.text.slice(span.start, span.end), span.start, lexicon, scanned?.tokens);
      if (sentence.tokens.length === 0) return;
      // "True or false: …" asks what it says, as a question does (`quiz-prompt`).
      const question = span.question || asksToJudge(sentence);
      state = reduceDiscourse(state, { type: 'sentence', sentence, question }, trace);
      // What a question asks, read as a statement, for an elliptical answer after it ("Is it safe?" … "Yes.").
      if (question) state = reduceDiscourse(state, { type: 'asked', ...askedClaims(sentence, state, lexicon, trace) });
      if (block.kind === 'heading') return;
      const readings = sentence.clauses.map((clause) => {
        const reading = readClause(
          sentence,
          clause,
          clauseContext(state, sentence, question, lexicon.abbreviations, clause.first),
          trace,
        );
        state = reduceDiscourse(state, { type: 'clause', reading });
        // A sentence that mentions no study resolves none: its clauses' mention contexts are not built.
        const mentions = mentionsStudy(sentence)
          ? resolveStudyMentions(
              mentionContext(block.text, sentence, clause.first, clause.last, reading, lexicon),
              studiesByYear,
              studiesBySubject,
            )
          : [];
        return { clause, reading, mentions };
      });
      for (const { span: claimSpan, claims, refersTo } of sentenceClaims(sentence, span, readings, trace))
        for (const claim of claims) emit({ claim, block: blockIndex, ...claimSpan, refersTo });
      const reported = readings.some(({ reading }) => reading.reported.length > 0)
        ? readings.flatMap(({ reading }) => reading.reported)
        : undefined;
      state = reduceDiscourse(state, { type: 'sentence-end', sentence, reported }, trace);
    };
    for (const span of splitSentences(block.text, lexicon.abbreviations, block.label === true)) readSpan(span);
    state = reduceDiscourse(state, { type: 'block-end' });
    summaries.set(blockIndex, summarizeBlock(state));
    // The state names the block it read last: let it go, so a reader between blocks holds none.
    const between = copyOf(state);
    between.block = undefined;
    state = between;
    return found;
  };
  const retain = (keep: readonly number[]): void => {
    const kept = new Map<number, BlockSummary>();
    for (const index of keep) {
      const summary = summaries.get(index);
      if (summary) kept.set(index, summary);
    }
    summaries = kept;
  };
  return { read, retain };
}

interface ReadClause {
  readonly clause: Clause;
  readonly reading: ClauseReading;
  readonly mentions: readonly string[];
}

/**
 * The claims of a sentence's clauses, each once, with the span they are reported on and
 * their study mentions; the registry's sentence qualifiers (`SENTENCE_QUALIFIERS`) change a
 * claim's polarity by what another clause of the sentence says, and its sentence claims rules
 * (`SENTENCE_CLAIMS_RULES`) read the claims of all the clauses together.
 */
function sentenceClaims(
  sentence: SentenceView,
  span: SentenceSpan,
  readings: readonly ReadClause[],
  trace: Trace | undefined,
): { span: { start: number; end: number }; claims: Claim[]; refersTo: string[] }[] {
  const refersTo = distributeMentions(
    readings.map(({ clause, reading, mentions }) => ({
      contrast: clause.contrast,
      claims: reading.claims.length,
      mentions,
    })),
  );
  const seen = new Set<string>();
  // A finding quotes what its clause belongs to: the clauses from the last one that opens a sentence of its
  // own (the first, one after a speaker's label, a price line's) up to the next.
  const opening = readings.map((r, index) => index === 0 || r.reading.opensSentence);
  const read = readings.map(({ reading }, index) => {
    let from = index;
    while (!opening[from]) from--;
    let to = index;
    while (to + 1 < readings.length && !opening[to + 1]) to++;
    const start =
      from === 0 ? span.start : (sentence.tokens[(readings[from] as ReadClause).clause.first] as Token).start;
    const end =
      to === readings.length - 1 ? span.end : (sentence.tokens[(readings[to] as ReadClause).clause.last] as Token).end;
    const claims: Claim[] = [];
    for (const read of reading.claims) {
      const claim = qualifiedInSentence(readings, index, read, trace);
      // One finding per claim in a sentence: a hedge and a denial of the same claim are one.
      const key = `${claim.subject}|${claim.predicate}|${claim.object ?? ''}|${claim.population?.sex ?? ''}|${claim.polarity === 'affirm'}`;
      if (seen.has(key)) continue;
      seen.add(key);
      claims.push(claim);
    }
    return { span: { start, end }, claims, refersTo: refersTo[index] as string[] };
  });
  // Most sentences have no claims: nothing to read together, and nothing made for them.
  if (!read.some((r) => r.claims.length > 0)) return read;
  const before: readonly (readonly Claim[])[] = read.map((r) => r.claims);
  let claims = before;
  for (const rule of SENTENCE_CLAIMS_RULES) claims = rule.reconcile(sentence, readings, claims, trace);
  if (claims === before) return read;
  return read.map((r, index) => {
    const reconciled = claims[index] as readonly Claim[];
    return reconciled === r.claims ? r : { ...r, claims: [...reconciled] };
  });
}

/** The claim with the polarity the first sentence qualifier that changes it gives. */
function qualifiedInSentence(
  readings: readonly ReadClause[],
  index: number,
  claim: Claim,
  trace: Trace | undefined,
): Claim {
  if (readings.length === 1) return claim;
  for (const qualifier of SENTENCE_QUALIFIERS) {
    const polarity = qualifier.polarity(readings, index, claim);
    if (polarity === undefined || polarity === claim.polarity) continue;
    const qualified = { ...claim, polarity };
    trace?.({ rule: qualifier.name, action: 'qualified', claim: qualified });
    return qualified;
  }
  return claim;
}

/** Whether a sentence mentions a study (a study word or a design): only then are its mentions resolved. */
function mentionsStudy(sentence: SentenceView): boolean {
  return sentence.has('study') || sentence.designs.size > 0;
}

/** What the study-mention resolver needs of a clause. */
function mentionContext(
  blockText: string,
  sentence: SentenceView,
  first: number,
  last: number,
  reading: Pick<ClauseReading, 'subjects' | 'claims'>,
  lexicon: Lexicon,
): MentionContext {
  const designs = new Map<number, ReadonlySet<StudyDesign>>();
  for (const [index, set] of sentence.designs) if (index >= first && index <= last) designs.set(index - first, set);
  const breaks = new Set(sentence.cues.filter((m) => isRole(m, 'clause-break')).map((m) => sentence.tokens[m.first]));
  return {
    tokens: sentence.tokens.slice(first, last + 1),
    text: blockText,
    mentionsStudy: mentionsStudy(sentence),
    designs,
    studyWords: new Set(
      sentence.cues
        .filter((m) => isRole(m, 'study') && m.first >= first && m.first <= last)
        .map((m) => m.first - first),
    ),
    numbers: lexicon.numbers,
    isConjunction: (token) => sentence.isConjunction(token) || breaks.has(token),
    subjects: reading.subjects,
    indications: reading.claims.flatMap((claim) => (claim.object === undefined ? [] : [claim.object])),
  };
}

/**
 * What a question asks, as the registry's question rules read it (src/claims/rules/, `QUESTION_RULES`):
 * the claims it asks about, read as statements, for an elliptical answer after it ("Is it safe?" …
 * "Yes."), and the treatment whose uses it asks, for a list of uses answering it. What the rules get
 * is the question's subject: named in it, else the treatment its pronoun refers back to, else the one
 * the text is about there — a heading's "it" means that one too ("### Is it safe?").
 */
function askedClaims(
  sentence: SentenceView,
  state: DiscourseState,
  lexicon: Lexicon,
  trace: Trace | undefined,
): { claims: readonly Claim[]; uses?: string; approval?: readonly Claim[] } {
  const inContext = clauseContext(state, sentence, false, lexicon.abbreviations);
  const topic = inContext.recentSubject ?? state.contextSubject ?? state.sectionTopic ?? state.documentTopic;
  const context = { ...inContext, recentSubject: topic, contextSubject: inContext.contextSubject ?? topic };
  const named = sentence.entities.find((m) => m.ref.type === 'intervention');
  // "Hvor lang er nedetiden?" names nothing and refers back to nothing: it asks about the treatment the text is about.
  const inText = sentence.has('pronoun') ? context.recentSubject : context.contextSubject;
  const input: QuestionInput = {
    sentence,
    context,
    subject: named ? (named.ref as { id: string }).id : inText,
    read: (statement) => sentence.clauses.flatMap((clause) => readClause(sentence, clause, statement).claims),
  };
  let claims: readonly Claim[] = [];
  let uses: string | undefined;
  let approval: readonly Claim[] | undefined;
  for (const rule of QUESTION_RULES) {
    const reading = rule.asks(input, claims);
    if (!reading) continue;
    trace?.({ rule: rule.name, action: 'asked' });
    if (reading.claims) claims = [...claims, ...reading.claims];
    uses ??= reading.uses;
    approval ??= reading.approval;
  }
  return { claims, ...(uses === undefined ? {} : { uses }), ...(approval === undefined ? {} : { approval }) };
}
