/**
 * Finds claims in a document's blocks: who (subject), what (predicate, object),
 * and whether the text asserts, denies or hedges it. Reads only: judging is the
 * knowledge base's job.
 *
 * @module
 */
import type { Claim, Polarity, Predicate } from '../evidence/claim.js';
import type { CueRole } from '../schema/cue.js';
import type { StudyDesign } from '../schema/evidence.js';
import type { Study } from '../schema/study.js';
import type { Block } from './block.js';
import type { Lexicon, LexiconMatch } from './lexicon.js';
import { splitSentences } from './segment.js';
import { resolveStudyMentions } from './study-mentions.js';
import { tokenize, type Token } from './tokenize.js';

/**
 * A claim found in a block, with its span in the block's text and the studies the
 * text itself mentions alongside it.
 *
 * @example
 * ```ts
 * import type { ExtractedClaim } from 'meso-evidence/factcheck';
 * ```
 */
export interface ExtractedClaim {
  /** The claim. */
  readonly claim: Claim;
  /** Index of the block it is in. */
  readonly block: number;
  /** Start offset of the claim's text in the block text. */
  readonly start: number;
  /** End offset of the claim's text in the block text. */
  readonly end: number;
  /** Study ids the text mentions with the claim. */
  readonly refersTo: readonly string[];
}

/** What a block tells the blocks after it. */
interface BlockSummary {
  /** The last intervention it names (or refers to). */
  readonly subject: string | undefined;
  /** Whether it asserts an effect ("used against:", "Benefits"). */
  readonly efficacy: boolean;
}

interface Clause {
  readonly first: number;
  readonly last: number;
}

/** The predicates a cue phrase asserts by itself. */
const PREDICATE_CUES: readonly (CueRole & Predicate)[] = ['safe', 'side-effect-free', 'no-downtime'];

/**
 * Finds the claims in a document's blocks.
 *
 * @param blocks - The document's blocks, in order.
 * @param lexicon - The compiled lexicon for the document's language.
 * @param studiesByYear - Studies indexed by year, for resolving study mentions.
 * @returns The claims, in document order.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon, extractClaims } from 'meso-evidence/factcheck';
 * const text = 'Mesotherapy reduces cellulite.';
 * const claims = extractClaims([{ kind: 'paragraph', depth: 0, text, pieces: [{ textStart: 0, sourceStart: 0, length: text.length }] }],
 *   buildLexicon(knowledgeBase.dataset, 'en'), new Map());
 * claims[0]?.claim.object; // 'cellulite'
 * ```
 */
export function extractClaims(blocks: readonly Block[], lexicon: Lexicon, studiesByYear: ReadonlyMap<number, readonly Study[]>): ExtractedClaim[] {
  const found: ExtractedClaim[] = [];
  const summaries: BlockSummary[] = [];
  let documentTopic: string | undefined;
  let sectionTopic: string | undefined;

  blocks.forEach((block, blockIndex) => {
    const leadIn = block.leadIn === undefined ? undefined : summaries[block.leadIn];
    let lastSubject: string | undefined;
    let lastIndication: string | undefined;
    let fdaInPreviousSentence = false;
    let efficacySeen = false;

    for (const sentence of splitSentences(block.text, lexicon.abbreviations)) {
      const text = block.text.slice(sentence.start, sentence.end);
      const tokens = tokenize(text, lexicon.endings, sentence.start);
      if (tokens.length === 0) continue;
      const all = lexicon.match(tokens);
      const entities = pickEntities(all);
      const cues = all.filter((m) => m.ref.type === 'cue');
      const has = (role: CueRole, clause?: Clause): boolean =>
        cues.some((m) => m.ref.type === 'cue' && m.ref.role === role && (!clause || (m.first >= clause.first && m.last <= clause.last)));
      const fdaHere = has('fda');
      const mentioned = entities.filter((m) => m.ref.type === 'intervention');
      documentTopic ??= mentioned[0]?.ref.type === 'intervention' ? mentioned[0].ref.id : undefined;
      if (has('efficacy')) efficacySeen = true;

      if (block.kind === 'heading') {
        const topic = mentioned[0];
        if (topic?.ref.type === 'intervention') {
          sectionTopic = topic.ref.id;
          lastSubject = topic.ref.id;
        }
        continue;
      }

      const designs = new Map<number, StudyDesign>();
      for (const m of all) if (m.ref.type === 'design') designs.set(m.first, m.ref.design);
      const mentionsStudy = has('study') || designs.size > 0;
      const clauses = splitClauses(tokens, cues, text, sentence.start);
      const seen = new Set<string>();

      for (const clause of clauses) {
        const inClause = (m: LexiconMatch): boolean => m.first >= clause.first && m.last <= clause.last;
        const comparatorEnds = new Set(cues.filter((m) => m.ref.type === 'cue' && m.ref.role === 'comparator').map((m) => m.last));
        const subjects = unique(
          entities
            .filter((m) => inClause(m) && m.ref.type === 'intervention' && !comparatorEnds.has(m.first - 1) && !comparatorEnds.has(m.first - 2))
            .map((m) => (m.ref as { id: string }).id),
        );
        const indications = unique(entities.filter((m) => inClause(m) && m.ref.type === 'indication').map((m) => (m.ref as { id: string }).id));
        const predicateSpans = cues.filter((m) => inClause(m) && m.ref.type === 'cue' && (PREDICATE_CUES as readonly string[]).includes(m.ref.role));
        const negated = cues.some(
          (m) =>
            inClause(m) &&
            m.ref.type === 'cue' &&
            m.ref.role === 'negation' &&
            !predicateSpans.some((p) => p.first <= m.last && m.first <= p.last) &&
            !(tokens[m.last + 1]?.joinedToPrevious ?? false),
        );
        const polarity: Polarity = negated ? 'negate' : has('hedge', clause) ? 'uncertain' : 'affirm';
        const firstToken = clause.first === 0;
        const opensWithCue = firstToken && cues.some((m) => m.first === 0 && m.ref.type === 'cue' && (m.ref.role === 'efficacy' || m.ref.role === 'negation'));
        const mayUseContext = has('topic-reference', clause) || block.kind === 'list-item' || opensWithCue || predicateSpans.length > 0;
        const contextSubject = (block.kind === 'list-item' ? leadIn?.subject : undefined) ?? lastSubject ?? sectionTopic ?? documentTopic;
        const claimSubjects = subjects.length > 0 ? subjects : mayUseContext && contextSubject ? [contextSubject] : [];

        const claims: Claim[] = [];
        if (has('approval', clause) && (fdaHere || fdaInPreviousSentence)) {
          for (const subject of claimSubjects) {
            if (indications.length === 0) claims.push({ subject, predicate: 'fda-approved', polarity });
            for (const object of indications) claims.push({ subject, predicate: 'fda-approved', object, polarity });
          }
        }
        for (const span of predicateSpans) {
          const predicate = (span.ref as { role: Predicate }).role;
          for (const subject of claimSubjects) claims.push({ subject, predicate, polarity });
        }
        const efficacy = has('efficacy', clause) || (block.kind === 'list-item' && (leadIn?.efficacy ?? false));
        if (efficacy) {
          const objects = indications.length > 0 ? indications : has('efficacy', clause) && subjects.length > 0 && lastIndication ? [lastIndication] : [];
          for (const subject of claimSubjects) for (const object of objects) claims.push({ subject, predicate: 'effective-for', object, polarity });
        }

        if (claims.length > 0 && !sentence.question) {
          const clauseTokens = tokens.slice(clause.first, clause.last + 1);
          const refersTo = resolveStudyMentions(
            { tokens: clauseTokens, text: block.text, mentionsStudy, designs: shiftKeys(designs, -clause.first), numbers: lexicon.numbers, isConjunction: (t) => isConjunction(t, lexicon.language) },
            studiesByYear,
          );
          const start = clause === clauses[0] ? sentence.start : (tokens[clause.first] as Token).start;
          const end = clause === clauses[clauses.length - 1] ? sentence.end : (tokens[clause.last] as Token).end;
          for (const claim of claims) {
            const key = `${claim.subject}|${claim.predicate}|${claim.object ?? ''}|${claim.polarity}`;
            if (seen.has(key)) continue;
            seen.add(key);
            found.push({ claim, block: blockIndex, start, end, refersTo });
          }
        }
        lastSubject = subjects.at(-1) ?? (has('topic-reference', clause) ? contextSubject : undefined) ?? lastSubject;
        lastIndication = indications.at(-1) ?? lastIndication;
      }
      fdaInPreviousSentence = fdaHere;
    }
    summaries.push({ subject: lastSubject ?? (block.kind === 'heading' ? undefined : undefined), efficacy: efficacySeen });
  });
  return found;
}

/** Keeps the longest entity matches, left to right, so "fat under the chin" is not also "fat". */
function pickEntities(matches: readonly LexiconMatch[]): LexiconMatch[] {
  const entities = matches
    .filter((m) => m.ref.type === 'intervention' || m.ref.type === 'indication')
    .sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken: LexiconMatch[] = [];
  for (const m of entities) if (!taken.some((t) => t.first <= m.last && m.first <= t.last)) taken.push(m);
  return taken.sort((a, b) => a.first - b.first);
}

function splitClauses(tokens: readonly Token[], cues: readonly LexiconMatch[], text: string, base: number): Clause[] {
  const starts = new Set<number>([0]);
  for (const m of cues) if (m.ref.type === 'cue' && m.ref.role === 'clause-break' && m.first > 0) starts.add(m.first);
  for (let index = 1; index < tokens.length; index++) {
    if (text.slice((tokens[index - 1] as Token).end - base, (tokens[index] as Token).start - base).includes(';')) starts.add(index);
  }
  const sorted = [...starts].sort((a, b) => a - b);
  return sorted.map((first, i) => ({ first, last: (sorted[i + 1] ?? tokens.length) - 1 }));
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function shiftKeys<V>(map: ReadonlyMap<number, V>, by: number): Map<number, V> {
  return new Map([...map].map(([key, value]) => [key + by, value]));
}

function isConjunction(token: Token, language: string): boolean {
  return language === 'nb' ? token.folded === 'og' || token.folded === 'men' : token.folded === 'and' || token.folded === 'but';
}
