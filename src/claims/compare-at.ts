/**
 * Comparing a key with a stretch of a packed text without slicing it: what the packed lexicons
 * (`./lexicon.ts`) and the packed language word weights (`../factcheck/prebuilt.ts`) search by halves.
 *
 * @module
 * @internal
 */

/**
 * `key` against `text[from, to)`, by UTF-16 code units, as `<` compares strings: negative when
 * `key` comes first, zero when they are equal.
 *
 * @param key - The key looked up.
 * @param text - The packed text.
 * @param from - Where the stretch starts.
 * @param to - Where it ends (exclusive).
 * @returns The order of `key` against the stretch.
 * @example
 * ```ts
 * import { compareAt } from './compare-at.js';
 * compareAt('hair', 'fat\thair\tskin', 4, 8); // 0
 * compareAt('fat', 'fat\thair\tskin', 4, 8) < 0; // true
 * ```
 */
export function compareAt(key: string, text: string, from: number, to: number): number {
  const length = Math.min(key.length, to - from);
  for (let i = 0; i < length; i++) {
    const difference = key.charCodeAt(i) - text.charCodeAt(from + i);
    if (difference !== 0) return difference;
  }
  return key.length - (to - from);
}
