/**
 * What `doubted-question` and `refuted-report` share: a sentence that doubts the evidence for
 * claims made just before it ("There are no good studies that show it", "I have seen no good
 * evidence of that", «Dokumentasjonen er tynn»).
 *
 * @module
 */
import type { Polarity } from '../../evidence/claim.js';
import type { ClauseView } from './types.js';

/** Where a clause doubts the evidence, and how. */
export interface EvidenceDoubt {
  /** The token the doubt stands at: the evidence named as a topic, else the hedge. */
  readonly at: number;
  /** The clause's polarity: `negate` ("no good evidence") or `uncertain` ("little evidence"). */
  readonly polarity: Exclude<Polarity, 'affirm'>;
  /** Whether the evidence is named as a topic ("the evidence for", "studies"), not only hedged. */
  readonly topic: boolean;
}

/**
 * How the clause doubts the evidence: it names the evidence (or the effect) as a topic, or hedges,
 * and is denied or uncertain; undefined when it does neither.
 *
 * @param view - The clause.
 * @param topics - The roles that name the evidence as a topic, in order of preference.
 * @returns The doubt, if any.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { clauseView } from '../clause-view.js';
 * import { clauseContext, INITIAL_DISCOURSE } from '../discourse.js';
 * import { buildLexicon } from '../lexicon.js';
 * import { readSentence } from '../sentence.js';
 * import { evidenceDoubt } from './evidence-doubt.js';
 * const sentence = readSentence('There is little evidence for this.', 0, buildLexicon(knowledgeBase.dataset, 'en'));
 * const context = clauseContext(INITIAL_DISCOURSE, sentence, false, new Set());
 * evidenceDoubt(clauseView(sentence, sentence.clauses[0]!, context), ['evidence-topic', 'study'])?.polarity; // 'uncertain'
 * ```
 */
export function evidenceDoubt(
  view: ClauseView,
  topics: readonly ('evidence-topic' | 'effect-topic' | 'study')[],
): EvidenceDoubt | undefined {
  let topic: { readonly first: number } | undefined;
  for (const role of topics) topic ??= view.cues(role)[0];
  const at = topic ?? view.cues('hedge')[0];
  if (!at) return undefined;
  const polarity = view.polarityAt(view.clause.last + 1);
  return polarity === 'affirm' ? undefined : { at: at.first, polarity, topic: topic !== undefined };
}
