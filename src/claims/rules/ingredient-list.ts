/**
 * `ingredient-list`: "its ingredients are FDA-approved" is not "the treatment is
 * FDA-approved"; "the substances are safe" is not "the treatment is safe".
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import type { ClaimSuppressor } from './types.js';

/** A name this close before an ingredient word owns it ("Mesotherapy's ingredients", "mesotherapy ingredients"). */
const POSSESSIVE_REACH = 2;

export const ingredientList: ClaimSuppressor = {
  kind: 'suppress',
  name: 'ingredient-list',
  drops(view, placed) {
    const { predicate, subject } = placed.claim;
    if (predicate !== 'fda-approved' && predicate !== 'safe') return false;
    return view
      .cues('ingredient')
      .some(
        (cue) =>
          cue.last < placed.at &&
          !view.interventions.some((m) => idOf(m) === subject && m.last < cue.first - POSSESSIVE_REACH),
      );
  },
};
