/**
 * The error a malformed claim raises.
 *
 * @module
 */

/**
 * Thrown by {@link KnowledgeBase.judge} (and {@link judgeClaim}) when the value passed
 * is not a claim: not an object, or with a predicate or polarity outside
 * {@link PREDICATES} / {@link POLARITIES}, or a subject that is not a string.
 * A well-formed claim about something the knowledge base does not know is not an
 * error: it is judged `unverifiable`.
 *
 * @example
 * ```ts
 * import { knowledgeBase, InvalidClaimError } from 'meso-evidence';
 * try {
 *   knowledgeBase.judge({ subject: 'mesotherapy', predicate: 'cures', polarity: 'affirm' } as never);
 * } catch (error) {
 *   console.log(error instanceof InvalidClaimError); // true
 * }
 * ```
 */
export class InvalidClaimError extends Error {
  /** The value that was passed. */
  readonly value: unknown;

  /**
   * @param message - What is wrong with the claim.
   * @param value - The value that was passed.
   */
  constructor(message: string, value: unknown) {
    super(message);
    this.name = 'InvalidClaimError';
    this.value = value;
  }
}

// One caller must not change the class for every other (issue 16): its prototype and statics are frozen.
Object.freeze(InvalidClaimError.prototype);
Object.freeze(InvalidClaimError);
