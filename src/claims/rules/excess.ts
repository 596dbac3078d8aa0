/**
 * `excess`: too much of something for the claim to hold — "these injections cause too much
 * swelling and too many hard lumps to be safe", «sprøytene gir altfor mange klumper til å være
 * trygge» — denies the claim: a word of excess (`excess`), then an infinitive marker right before
 * the claim's own words.
 *
 * @module
 */
import type { ClaimQualifier } from './types.js';

/** How many words may stand between the infinitive marker and the claim's word ("to be safe", «til å være trygge»). */
const INFINITIVE_REACH = 2;

export const excess: ClaimQualifier = {
  kind: 'qualify',
  name: 'excess',
  polarity(view, placed) {
    if (placed.claim.polarity !== 'affirm') return undefined;
    const excesses = view.cues('excess');
    if (excesses.length === 0) return undefined;
    // The infinitive marker stands right before the claim's words, after the word of excess.
    const denied = view
      .cues('infinitive')
      .some(
        (to) =>
          to.last < placed.at && placed.at - to.last <= INFINITIVE_REACH && excesses.some((e) => e.last < to.first),
      );
    return denied ? 'negate' : undefined;
  },
};
