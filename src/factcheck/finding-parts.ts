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
      const key = JSON.stringify(Object.entries(claim));
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
