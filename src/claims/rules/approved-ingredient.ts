/**
 * `approved-ingredient`: "made with FDA-approved ingredients", "laget med FDA-godkjente
 * ingredienser": the approval word describes the ingredients, not the treatment.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

/** How far after an approval word an ingredient word is what it describes: "FDA-approved active ingredients". */
const INGREDIENT_REACH = 2;

export const approvedIngredient: ClaimSuppressor = {
  kind: 'suppress',
  name: 'approved-ingredient',
  drops(view, placed) {
    const { predicate } = placed.claim;
    if (predicate !== 'fda-approved' && predicate !== 'safe') return false;
    const { tokens } = view.sentence;
    return view
      .cues('ingredient')
      .some(
        (cue) =>
          cue.first > placed.at &&
          cue.first - placed.at <= INGREDIENT_REACH &&
          tokens.slice(placed.at + 1, cue.first).every((t) => !view.sentence.isConjunction(t)),
      );
  },
};
