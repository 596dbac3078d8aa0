/**
 * Cycles in a parent relation (indication parents, intervention parents), found in
 * linear time: each record is walked once, however long the chains.
 *
 * @module
 */

/**
 * Every cycle of a relation where each id has at most one parent, each rotated to start
 * at its smallest id, in the order their smallest ids sort.
 *
 * @param ids - The ids, in any order.
 * @param parentOf - An id's parent, or `undefined` (a parent that is not among the ids ends the chain).
 * @returns The cycles: `['a', 'b']` means a → b → a.
 * @example
 * ```ts
 * import { findParentCycles } from './parent-cycles.js';
 * const parents = new Map([['a', 'b'], ['b', 'a'], ['c', 'a']]);
 * findParentCycles(['a', 'b', 'c'], (id) => parents.get(id)); // [['a', 'b']]
 * ```
 */
export function findParentCycles(ids: Iterable<string>, parentOf: (id: string) => string | undefined): string[][] {
  const known = new Set(ids);
  // The walk an id was first reached in; ids of finished walks are never walked again.
  const walkOf = new Map<string, number>();
  const cycles: string[][] = [];
  let walk = 0;
  for (const start of known) {
    if (walkOf.has(start)) continue;
    walk += 1;
    const path: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && known.has(current) && !walkOf.has(current)) {
      walkOf.set(current, walk);
      path.push(current);
      current = parentOf(current);
    }
    // Back at an id of this same walk: the path from there on is a new cycle.
    if (current !== undefined && walkOf.get(current) === walk) {
      const cycle = path.slice(path.indexOf(current));
      let smallest = 0;
      for (let i = 1; i < cycle.length; i++) if ((cycle[i] as string) < (cycle[smallest] as string)) smallest = i;
      cycles.push([...cycle.slice(smallest), ...cycle.slice(0, smallest)]);
    }
  }
  return cycles.sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
}
