/**
 * The parts findings share. A long document repeats a few hundred claims and a few dozen
 * lists of study mentions over tens of thousands of findings: a report holds each once,
 * frozen, instead of a copy per finding. Shared parts serialise as the copies did.
 *
 * @module
 */
import type { Claim } from '../evidence/claim.js';

/**
 * One document's store of shared finding parts.
 *
 * @internal
 */
export interface FindingParts {
  /** The claim, as one frozen object per document for equal claims (same properties, in the same order). */
  claim(claim: Claim): Claim;
  /** The study ids, as one frozen list per document for equal lists. */
  studies(ids: readonly string[]): readonly string[];
}

/** The empty list of study mentions, shared by every report. */
const NO_STUDIES: readonly string[] = Object.freeze([]);

/**
 * A store of shared finding parts, for one document (what it keeps grows with the
 * distinct claims and lists of study mentions, not with the findings).
 *
 * @returns The store.
 * @example
 * ```ts
 * import { findingParts } from './finding-parts.js';
 * const parts = findingParts();
 * const claim = { subject: 'mesotherapy', predicate: 'safe', polarity: 'affirm' } as const;
 * parts.claim(claim) === parts.claim({ ...claim }); // true
 * ```
 * @internal
 */
export function findingParts(): FindingParts {
  const claims = new Map<string, Claim>();
  const lists = new Map<string, readonly string[]>();
  return {
    claim(claim) {
      // Keys and values in order: the shared claim must serialise as each one it stands for.
      const key = claimKey(claim);
      let shared = claims.get(key);
      if (!shared) {
        shared = Object.freeze(
          claim.population === undefined
            ? { ...claim }
            : { ...claim, population: Object.freeze({ ...claim.population }) },
        );
        claims.set(key, shared);
      }
      return shared;
    },
    studies(ids) {
      if (ids.length === 0) return NO_STUDIES;
      const key = JSON.stringify(ids);
      let shared = lists.get(key);
      if (!shared) lists.set(key, (shared = Object.freeze([...ids])));
      return shared;
    },
  };
}

/**
 * A claim's properties and values, in order, as one string: equal for two claims exactly when
 * `JSON.stringify(Object.entries(claim))` is (each part is prefixed with its length, so no
 * value can run into the next), built without the entries' arrays for the string values a claim
 * is mostly made of.
 */
function claimKey(claim: Claim): string {
  let key = '';
  for (const name of Object.keys(claim)) {
    const value: unknown = claim[name as keyof Claim];
    // A string as itself (marked `s`), anything else as JSON (`undefined` as `null`, as in an array).
    // (JSON.stringify gives undefined for undefined, a function or a symbol.)
    const json = typeof value === 'string' ? undefined : (JSON.stringify(value) as string | undefined);
    const written = typeof value === 'string' ? `s${value}` : (json ?? 'null');
    key += `${name.length}:${name}${written.length}:${written}`;
  }
  return key;
}
