/**
 * Deep freezing, so a dataset cannot be changed by whoever holds it.
 *
 * @module
 */

/**
 * Freezes a value and everything reachable from it, and returns it.
 *
 * @param value - Any value; plain data is expected.
 * @returns The same value, frozen.
 * @example
 * ```ts
 * import { deepFreeze } from 'meso-evidence/schema';
 * const frozen = deepFreeze({ a: [1] });
 * Object.isFrozen(frozen.a); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
