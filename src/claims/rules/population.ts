/**
 * `population`: a claim the clause limits to women or men ("Finasteride is FDA-approved for
 * women", "Finasterid virker hos kvinner") carries that population, which the verdict compares
 * with the population an approval or an indication is limited to.
 *
 * @module
 */
import type { Predicate } from '../../evidence/claim.js';
import type { Population } from '../../schema/common.js';
import type { LexiconMatch } from '../lexicon.js';
import type { ClaimQualifier } from './types.js';

/** The predicates whose verdict reads a population. */
const PREDICATES: ReadonlySet<Predicate> = new Set<Predicate>(['fda-approved', 'effective-for']);

/** The population a phrase names; undefined for men and women named together. */
function named(match: LexiconMatch): Population | undefined {
  return match.ref.type === 'population' ? match.ref.population : undefined;
}

export const population: ClaimQualifier = {
  kind: 'qualify',
  name: 'population',
  population(view, placed) {
    if (!PREDICATES.has(placed.claim.predicate)) return undefined;
    const { clause } = view;
    const phrases = view.sentence.populations.filter((m) => m.first >= clause.first && m.last <= clause.last);
    if (phrases.length === 0) return undefined;
    const populations = phrases.map(named);
    // "for men and women": everyone, however the words inside the phrase read alone.
    if (populations.includes(undefined)) return undefined;
    const sexes = new Set(populations.map((p) => p?.sex));
    return sexes.size === 1 ? populations[0] : undefined;
  },
};
