/**
 * `stacked-modal`: a modal verb and an adverb of possibility in one clause, wherever the word order
 * puts them ("may possibly help", «kan mesoterapi i hodebunnen kanskje hjelpe»), put the claim as a
 * possibility: it is uncertain. One modal alone ("can remove fat") is read as it stands.
 *
 * @module
 */
import type { ClaimQualifier } from './types.js';

export const stackedModal: ClaimQualifier = {
  kind: 'qualify',
  name: 'stacked-modal',
  polarity(view, placed) {
    if (placed.claim.polarity !== 'affirm') return undefined;
    const adverbs = view.cues('modal-adverb');
    if (adverbs.length === 0) return undefined;
    // A modal verb of its own: one word ("kan", "may"), not the adverb itself nor a phrase ("en viss effekt").
    const verb = view
      .cues('modal')
      .some((m) => m.first === m.last && !adverbs.some((a) => a.first <= m.first && m.last <= a.last));
    return verb ? 'uncertain' : undefined;
  },
};
