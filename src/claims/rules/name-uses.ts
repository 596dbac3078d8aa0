/**
 * What a treatment's name says it is for ("fat-dissolving injections": fat): the object of an
 * effect claim about it that names no indication of its own (`effective-for`).
 *
 * @module
 */
import type { ClauseView } from './types.js';

/**
 * The treatments the clause names whose names carry an indication, with it.
 *
 * @param view - The clause.
 * @returns Each named treatment's match and the indication its name carries.
 * @example
 * ```ts
 * import { namedUses } from './name-uses.js';
 * declare const view: import('./types.js').ClauseView;
 * namedUses(view).map(([, use]) => use); // ['localized-fat'] for "Fat-dissolving injections work"
 * ```
 */
export function namedUses(view: ClauseView): [match: ClauseView['interventions'][number], use: string][] {
  const { nameUses } = view.sentence;
  if (nameUses.size === 0) return [];
  return view.interventions.flatMap((m) => {
    const use = nameUses.get(m);
    return use === undefined || view.sentence.comparators.has(m) ? [] : [[m, use]];
  });
}
