/**
 * Gives the study mentions of a sentence to its claims.
 *
 * @module
 */

/**
 * A clause's claims (by count) and the study ids mentioned in it.
 *
 * @example
 * ```ts
 * import type { ClauseMentions } from './mentions.js';
 * const entry: ClauseMentions = { contrast: false, claims: 1, mentions: ['park-2008'] };
 * ```
 */
export interface ClauseMentions {
  /** Whether a contrasting conjunction ("but", "men") opens the clause. */
  readonly contrast: boolean;
  /** How many claims the clause has. */
  readonly claims: number;
  /** Study ids mentioned in the clause. */
  readonly mentions: readonly string[];
}

/**
 * Study mentions belong to every claim of their part of the sentence — parts are split
 * by "but", "men"…, not by ", and" — so in "Dutasteride beat placebo, but mesotherapy
 * offered no advantage in a 2019 trial of 49 men" only the mesotherapy claim refers to
 * the trial. A part with no claims gives its mentions to the nearest part that has claims.
 *
 * @param clauses - The sentence's clauses, in order.
 * @returns For each clause, the study ids its claims refer to.
 * @example
 * ```ts
 * import { distributeMentions } from './mentions.js';
 * distributeMentions([
 *   { contrast: false, claims: 1, mentions: [] },
 *   { contrast: false, claims: 0, mentions: ['rotunda-2005'] },
 * ]); // [['rotunda-2005'], ['rotunda-2005']]
 * ```
 */
export function distributeMentions(clauses: readonly ClauseMentions[]): string[][] {
  const partOf: number[] = [];
  let part = -1;
  clauses.forEach((clause, index) => {
    if (clause.contrast || index === 0) part++;
    partOf.push(part);
  });
  const parts = part + 1;
  // Plain loops: `Array.from({ length })` reads an array-like object, slow for every sentence.
  const mentions: string[][] = [];
  const hasClaims: boolean[] = [];
  for (let p = 0; p < parts; p++) {
    mentions.push([]);
    hasClaims.push(false);
  }
  clauses.forEach((clause, index) => {
    const p = partOf[index] as number;
    for (const id of clause.mentions) if (!(mentions[p] as string[]).includes(id)) (mentions[p] as string[]).push(id);
    if (clause.claims > 0) hasClaims[p] = true;
  });
  for (let p = 0; p < parts; p++) {
    if (hasClaims[p] || (mentions[p] as string[]).length === 0) continue;
    let target = -1;
    for (let q = p - 1; q >= 0 && target === -1; q--) if (hasClaims[q]) target = q;
    for (let q = p + 1; q < parts && target === -1; q++) if (hasClaims[q]) target = q;
    if (target !== -1)
      for (const id of mentions[p] as string[])
        if (!(mentions[target] as string[]).includes(id)) (mentions[target] as string[]).push(id);
  }
  return clauses.map((_, index) => [...(mentions[partOf[index] as number] as string[])]);
}
