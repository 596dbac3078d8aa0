/**
 * A tiny helper for building read-only one-to-many indexes.
 *
 * @module
 * @internal
 */

/** A read-only index from a key to the values filed under it. */
export type MultiMap<K, V> = ReadonlyMap<K, readonly V[]>;

/**
 * Files each value under the keys `keysOf` gives it, keeping input order, and
 * freezes the lists.
 *
 * @internal
 */
export function groupBy<K, V>(
  values: readonly V[],
  keysOf: (value: V) => readonly K[] | K | undefined,
): MultiMap<K, V> {
  const map = new Map<K, V[]>();
  for (const value of values) {
    const keys = keysOf(value);
    if (keys === undefined) continue;
    const list = Array.isArray(keys) ? (keys as readonly K[]) : [keys as K];
    for (const key of new Set(list)) {
      const bucket = map.get(key);
      if (bucket) bucket.push(value);
      else map.set(key, [value]);
    }
  }
  for (const bucket of map.values()) Object.freeze(bucket);
  return map;
}

/**
 * Maps each value by its id.
 *
 * @internal
 */
export function byId<V extends { readonly id: string }>(values: readonly V[]): ReadonlyMap<string, V> {
  return new Map(values.map((value) => [value.id, value]));
}

/** An empty, frozen list to return when an index has nothing. @internal */
export const NONE: readonly never[] = Object.freeze([]);
