/**
 * `compound-modifier`: an effect word joined by a hyphen to the use before it — "fat-dissolving
 * vials bought online", «fett-løsende ampuller» — makes an adjective for the noun after it, not an
 * effect claim. (The names of treatments built so, "fat-dissolving injections", are read as names.)
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

export const compoundModifier: CueSuppressor = {
  kind: 'cue',
  name: 'compound-modifier',
  roles: ['efficacy'],
  drops(view, match) {
    if (view.sentence.tokens[match.first]?.joinedToPrevious !== true) return false;
    return view.indicationMatches.some((m) => m.last === match.first - 1);
  },
};
