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
import { readClause } from './clause-claims.js';
import type { Lexicon } from './lexicon.js';
import { distributeMentions } from './mentions.js';
import { splitSentences } from './segment.js';
import { isRole, readSentence, type SentenceView } from './sentence.js';
import { resolveStudyMentions, type MentionContext } from './study-mentions.js';
import type { Token } from './tokenize.js';

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

/**
 * Finds the claims in a document's blocks. Walks the document keeping what a reader
 * keeps in mind — the document's topic (the first treatment it names), the section's
 * (from headings), the paragraph's last subject and indication, a list's lead-in — and
 * reads each clause with it.
 *
 * @param blocks - The document's blocks, in order.
 * @param lexicon - The compiled lexicon for the document's language.
 * @param studiesByYear - Studies indexed by year, for resolving study mentions.
 * @param studiesBySubject - Studies indexed by intervention, for mentions without a year.
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
export function extractClaims(
  blocks: readonly Block[],
  lexicon: Lexicon,
  studiesByYear: ReadonlyMap<number, readonly Study[]>,
  studiesBySubject: ReadonlyMap<string, readonly Study[]> = new Map(),
): ExtractedClaim[] {
  const found: ExtractedClaim[] = [];
  const summaries: BlockSummary[] = [];
  let documentTopic: string | undefined;
  let sectionTopic: string | undefined;
  /** The treatment named last in the section, for pronouns in later paragraphs. */
  let recentSubject: string | undefined;

  blocks.forEach((block, blockIndex) => {
    const leadIn = block.leadIn === undefined ? undefined : summaries[block.leadIn];
    let lastSubject: string | undefined;
    let lastIndication: string | undefined;
    let fdaInPreviousSentence = false;
    let efficacySeen = false;

    for (const span of splitSentences(block.text, lexicon.abbreviations)) {
      const sentence = readSentence(block.text.slice(span.start, span.end), span.start, lexicon);
      if (sentence.tokens.length === 0) continue;
      const named = sentence.entities.filter((m) => m.ref.type === 'intervention');
      documentTopic ??= named[0] ? (named[0].ref as { id: string }).id : undefined;
      // A lead-in asserts an effect with an effect word, or ends in a purpose word ("Vi bruker mesoterapi mot:").
      const lastToken = sentence.tokens.length - 1;
      if (sentence.has('efficacy') || sentence.cues.some((m) => isRole(m, 'purpose') && m.last === lastToken))
        efficacySeen = true;

      if (block.kind === 'heading') {
        // Headings are not claims, but a heading that names a treatment sets the section's topic.
        if (named[0]) lastSubject = sectionTopic = (named[0].ref as { id: string }).id;
        recentSubject = named[0] ? sectionTopic : undefined;
        continue;
      }

      let subjectInSentence: string | undefined;
      // What "the treatment" means here: the subject of an earlier sentence of the paragraph
      // (or of a list's lead-in), else the section's or the document's topic.
      const contextSubject =
        (block.kind === 'list-item' ? leadIn?.subject : undefined) ?? lastSubject ?? sectionTopic ?? documentTopic;
      const readings = sentence.clauses.map((clause) => {
        const reading = readClause(sentence, clause, {
          contextSubject,
          recentSubject: lastSubject ?? recentSubject,
          listItem: block.kind === 'list-item',
          leadInEffect: leadIn?.efficacy ?? false,
          subjectInSentence,
          lastIndication,
          fdaNearby: sentence.has('fda') || fdaInPreviousSentence,
          question: span.question,
          abbreviations: lexicon.abbreviations,
        });
        // The first treatment a clause names is usually its grammatical subject ("Scalp mesotherapy delivers … dutasteride").
        subjectInSentence = reading.named[0] ?? subjectInSentence;
        lastSubject = reading.named[0] ?? (reading.refersBack ? reading.subjects[0] : undefined) ?? lastSubject;
        lastIndication = reading.indications.at(-1) ?? lastIndication;
        const mentions = resolveStudyMentions(
          mentionContext(block.text, sentence, clause.first, clause.last, reading.subjects, lexicon),
          studiesByYear,
          studiesBySubject,
        );
        return { clause, reading: reading, mentions };
      });

      // "X helps Y, but there is not enough research to say (that it works)": a contrasting clause
      // that hedges and names no indication of its own makes the claims before it uncertain.
      readings.forEach(({ clause, reading }, index) => {
        if (!clause.contrast || reading.indications.length > 0 || !reading.hedged || index === 0) return;
        const before = readings[index - 1] as (typeof readings)[number];
        before.reading = {
          ...before.reading,
          claims: before.reading.claims.map((claim) =>
            claim.polarity === 'affirm' ? { ...claim, polarity: 'uncertain' } : claim,
          ),
        };
      });
      const refersTo = distributeMentions(
        readings.map(({ clause, reading, mentions }) => ({
          contrast: clause.contrast,
          claims: reading.claims.length,
          mentions,
        })),
      );
      const seen = new Set<string>();
      readings.forEach(({ clause, reading }, index) => {
        const first = index === 0;
        const last = index === readings.length - 1;
        const start = first ? span.start : (sentence.tokens[clause.first] as Token).start;
        const end = last ? span.end : (sentence.tokens[clause.last] as Token).end;
        for (const claim of reading.claims) {
          // One finding per claim in a sentence: a hedge and a denial of the same claim are one.
          const key = `${claim.subject}|${claim.predicate}|${claim.object ?? ''}|${claim.polarity === 'affirm'}`;
          if (seen.has(key)) continue;
          seen.add(key);
          found.push({ claim, block: blockIndex, start, end, refersTo: refersTo[index] as string[] });
        }
      });
      fdaInPreviousSentence = sentence.has('fda');
    }
    if (block.kind !== 'heading') recentSubject = lastSubject ?? recentSubject;
    summaries.push({ subject: lastSubject, efficacy: efficacySeen });
  });
  return found;
}

/** What the study-mention resolver needs of a clause. */
function mentionContext(
  blockText: string,
  sentence: SentenceView,
  first: number,
  last: number,
  subjects: readonly string[],
  lexicon: Lexicon,
): MentionContext {
  const designs = new Map<number, ReadonlySet<StudyDesign>>();
  for (const [index, set] of sentence.designs) if (index >= first && index <= last) designs.set(index - first, set);
  const breaks = new Set(sentence.cues.filter((m) => isRole(m, 'clause-break')).map((m) => sentence.tokens[m.first]));
  return {
    tokens: sentence.tokens.slice(first, last + 1),
    text: blockText,
    mentionsStudy: sentence.has('study') || sentence.designs.size > 0,
    designs,
    studyWords: new Set(
      sentence.cues
        .filter((m) => isRole(m, 'study') && m.first >= first && m.first <= last)
        .map((m) => m.first - first),
    ),
    numbers: lexicon.numbers,
    isConjunction: (token) => sentence.isConjunction(token) || breaks.has(token),
    subjects,
  };
}
