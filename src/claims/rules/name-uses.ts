/**
 * What a treatment's name says it is for ("fat-dissolving injections": fat): the object of an
 * effect claim about it that names no indication of its own (`effective-for`).
 *
 * @module
 */
import type { LexiconMatch } from '../lexicon.js';
import type { SentenceView } from '../sentence.js';

/**
 * The treatments among `interventions` (not compared with) whose names carry an indication, with it.
 *
 * @param sentence - The sentence they are named in.
 * @param interventions - The treatments a clause names.
 * @returns Each treatment's match and the indication its name carries.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon } from '../lexicon.js';
 * import { readSentence } from '../sentence.js';
 * import { namedUses } from './name-uses.js';
 * const sentence = readSentence('Fat-dissolving injections work.', 0, buildLexicon(knowledgeBase.dataset, 'en'));
 * namedUses(sentence, sentence.entities).map(([, use]) => use); // ['localized-fat']
 * ```
 */
export function namedUses(
  sentence: SentenceView,
  interventions: readonly LexiconMatch[],
): [match: LexiconMatch, use: string][] {
  const { nameUses, comparators } = sentence;
  if (nameUses.size === 0) return [];
  return interventions.flatMap((m): [LexiconMatch, string][] => {
    const use = nameUses.get(m);
    return use === undefined || comparators.has(m) ? [] : [[m, use]];
  });
}
