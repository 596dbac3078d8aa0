/**
 * `classification`: "Deoksykolsyre som sprøytes inn for å fjerne fett, regnes som et
 * legemiddel" says what the law takes the product to be; "to remove fat" names the use
 * classified, not a claim that it removes fat.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { ClaimSuppressor } from './types.js';

export const classification: ClaimSuppressor = {
  kind: 'suppress',
  name: 'classification',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for') return false;
    const { cues } = view.sentence;
    if (!cues.some((m) => isRole(m, 'classification'))) return false;
    const infinitives = view.cues('infinitive');
    return view.effects.some(
      (effect) =>
        effect.last < placed.at &&
        infinitives.some((i) => i.last === effect.first - 1) &&
        !view.effects.some((other) => other.first > effect.last && other.last < placed.at),
    );
  },
};
