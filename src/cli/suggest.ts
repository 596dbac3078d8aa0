/**
 * Close matches for a mistyped id, by edit distance.
 *
 * @module
 */

/**
 * The edit distance (insertions, deletions, substitutions) between two strings.
 *
 * @param a - One string.
 * @param b - The other.
 * @returns The distance.
 * @example
 * ```ts
 * import { editDistance } from './suggest.js';
 * editDistance('mesothrapy', 'mesotherapy'); // 1
 * ```
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidates within a few edits of `text` (a third of its length, at least 2),
 * closest first, at most `limit`.
 *
 * @param text - What was typed.
 * @param candidates - The known ids.
 * @param limit - How many to return (default 3).
 * @returns The close ids.
 * @example
 * ```ts
 * import { closeMatches } from './suggest.js';
 * closeMatches('mesothrapy', ['mesotherapy', 'liposuction']); // ['mesotherapy']
 * ```
 */
export function closeMatches(text: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = text.toLowerCase();
  const max = Math.max(2, Math.floor(needle.length / 3));
  const scored: [string, number][] = [];
  for (const id of candidates) {
    const d = editDistance(needle, id);
    if (d <= max) scored.push([id, d]);
  }
  return scored
    .sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => id);
}
