/**
 * Claims and verdicts: the contract between the text engine and the knowledge base.
 *
 * @module
 */
import type { Population } from '../schema/common.js';

/**
 * What a claim says about its subject.
 *
 * @example
 * ```ts
 * import { PREDICATES } from 'meso-evidence';
 * PREDICATES.includes('fda-approved'); // true
 * ```
 */
export const PREDICATES = Object.freeze([
  'effective-for',
  'safe',
  'side-effect-free',
  'no-downtime',
  'fda-approved',
] as const);

/**
 * What a claim says about its subject: `effective-for`, `safe`, `side-effect-free`, `no-downtime` or `fda-approved`.
 *
 * @example
 * ```ts
 * import type { Predicate } from 'meso-evidence';
 * let value: Predicate | undefined;
 * ```
 */
export type Predicate = (typeof PREDICATES)[number];

/**
 * Whether a text asserts a claim (`affirm`), denies it (`negate`) or hedges it
 * (`uncertain`, which is judged like `negate`).
 *
 * @example
 * ```ts
 * import { POLARITIES } from 'meso-evidence';
 * POLARITIES.length; // 3
 * ```
 */
export const POLARITIES = Object.freeze(['affirm', 'negate', 'uncertain'] as const);

/**
 * Whether a text asserts, denies or hedges a claim.
 *
 * @example
 * ```ts
 * import type { Polarity } from 'meso-evidence';
 * let value: Polarity | undefined;
 * ```
 */
export type Polarity = (typeof POLARITIES)[number];

/**
 * The verdicts, in order of how much they should worry a reader (least first).
 *
 * @example
 * ```ts
 * import { VERDICTS } from 'meso-evidence';
 * VERDICTS[0]; // 'supported'
 * ```
 */
export const VERDICTS = Object.freeze(['supported', 'unverifiable', 'overstated', 'contradicted'] as const);

/**
 * How a claim stands against the knowledge base: `supported` (agrees with it),
 * `overstated` (asserts more than the evidence holds), `contradicted` (conflicts with
 * the evidence or a regulatory fact), `unverifiable` (the knowledge base has nothing on it).
 *
 * @example
 * ```ts
 * import type { Verdict } from 'meso-evidence';
 * let value: Verdict | undefined;
 * ```
 */
export type Verdict = (typeof VERDICTS)[number];

/**
 * A claim: a subject (intervention id), a predicate, an object (indication id, for
 * `effective-for` and optionally `fda-approved`), a polarity and, when the text limits it to one,
 * a population ("FDA-approved for women": `{ sex: 'female' }`).
 *
 * @example
 * ```ts
 * import type { Claim } from 'meso-evidence';
 * const claim: Claim = { subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm' };
 * ```
 */
export interface Claim {
  /** The intervention the claim is about. */
  readonly subject: string;
  /** What it says. */
  readonly predicate: Predicate;
  /** The indication, for `effective-for` (required) and `fda-approved` (optional). */
  readonly object?: string;
  /** Asserted, denied or hedged. */
  readonly polarity: Polarity;
  /**
   * Whom the text limits the claim to ("for women", "hos menn"), for `fda-approved` and
   * `effective-for`; left out: everyone. An approval limited to another population does not
   * cover it, and an effect claim is judged on the indication defined for it where there is one.
   */
  readonly population?: Population;
}
