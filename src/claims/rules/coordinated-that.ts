/**
 * `coordinated-that`: a second "that"-clause joined by "and" or "or" ("Our nurse is honest that
 * the evidence for it is weak and that minoxidil is the better-proven option", «… at forskningen er
 * svak, og at minoksidil virker bedre») that names a treatment of its own is a clause of its own: the
 * doubt of the first says nothing of the claim of the second. One that names none ("… that fine lines
 * soften and that loose skin looks firmer") goes on speaking of the first's treatment.
 *
 * @module
 */
import { isRole, type LexiconMatch } from '../lexicon.js';
import type { ClauseSplit } from './types.js';

export const coordinatedThat: ClauseSplit = {
  kind: 'split',
  name: 'coordinated-that',
};

/**
 * Where a coordinated "that"-clause that names a treatment starts: the index of its conjunction.
 *
 * @param cues - The sentence's cue matches.
 * @param entities - Its intervention and indication names.
 * @returns The token indexes.
 * @example
 * ```ts
 * import { coordinatedThatStarts } from './coordinated-that.js';
 * const and = { first: 6, last: 7, ref: { type: 'cue', role: 'coordinated-that' } } as const;
 * const minoxidil = { first: 8, last: 8, ref: { type: 'intervention', id: 'minoxidil' } } as const;
 * coordinatedThatStarts([and], [minoxidil]); // Set { 6 }
 * coordinatedThatStarts([and], []); // no start: no treatment of its own
 * ```
 */
export function coordinatedThatStarts(
  cues: readonly LexiconMatch[],
  entities: readonly LexiconMatch[],
): ReadonlySet<number> {
  let starts: Set<number> | undefined;
  for (const m of cues)
    if (m.first > 0 && isRole(m, 'coordinated-that') && entities.some((e) => named(e, m.last)))
      (starts ??= new Set()).add(m.first);
  return starts ?? NO_STARTS;
}

/** Whether a treatment is named right after the conjunction's "that" ("and that minoxidil"). */
function named(entity: LexiconMatch, after: number): boolean {
  return entity.ref.type === 'intervention' && entity.first > after && entity.first - after <= SUBJECT_REACH;
}

/** How far after "that" the clause's treatment may start ("and that oral minoxidil": one word). */
const SUBJECT_REACH = 2;

/** What {@link coordinatedThatStarts} finds in most sentences: no start (one set, shared). */
const NO_STARTS: ReadonlySet<number> = new Set();
