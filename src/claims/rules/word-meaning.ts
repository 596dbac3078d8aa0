/**
 * `word-meaning`: a claim phrase right after words that say what a word means ("'Natural' is not
 * the same as safe", "Natural does not mean risk-free", "«Naturlig» betyr ikke trygt") is a word
 * being defined, not a claim about the treatment in context.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const wordMeaning: ClaimSuppressor = {
  kind: 'suppress',
  name: 'word-meaning',
  drops: (view, placed) =>
    !view.named.includes(placed.claim.subject) &&
    view.cues('meaning').some((m) => m.last < placed.at && placed.at - m.last - 1 <= MEANING_REACH),
};

/** How many words ("fully", "helt") may stand between the words of meaning and the claim phrase. */
const MEANING_REACH = 1;
