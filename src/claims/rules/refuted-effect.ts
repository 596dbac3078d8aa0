/**
 * `refuted-effect`: a clause whose subject is the promised effect itself, called wrong after it
 * ("…, and slimmer arms after six sessions is a promise, not a result", "Permanent fat loss from
 * a few injections is a myth", «Varig hårvekst etter tre behandlinger er en myte») denies the
 * effect.
 *
 * @module
 */
import type { ClaimQualifier } from './types.js';

/** How many words (a conjunction, an adjective: "and", "permanent") may stand before the effect word. */
const OPENING = 2;

export const refutedEffect: ClaimQualifier = {
  kind: 'qualify',
  name: 'refuted-effect',
  polarity(view, placed) {
    if (placed.claim.polarity !== 'affirm' || placed.claim.predicate !== 'effective-for') return undefined;
    const { clause } = view;
    const effect = view.effects[0];
    // The clause opens with the effect ("slimmer arms", "less cellulite"): the claim stands on it, its
    // indication or the clause's start (its subject carried), all before the words that call it wrong.
    if (effect === undefined || effect.first - clause.first > OPENING) return undefined;
    // The effect is the subject: no treatment named before it.
    if (view.interventions.some((i) => i.first >= clause.first && i.first < effect.first)) return undefined;
    return view.cues('refuting').some((r) => r.first > effect.last && r.first > placed.at && r.last <= clause.last)
      ? 'negate'
      : undefined;
  },
};
