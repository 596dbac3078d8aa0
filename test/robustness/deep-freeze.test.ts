/**
 * deepFreeze (src/load/freeze.ts): what it freezes, and what it leaves alone. It walks
 * arrays by index and objects by `for…in` for a cheaper cold start (issue 17); these hold
 * that it still reaches exactly what `Object.keys` reached.
 */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/load/freeze.js';

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, and returns the same value', () => {
    const value = { a: [{ b: { c: [1, 'x', null] } }, [[{}]]], d: { e: undefined } };
    expect(deepFreeze(value)).toBe(value);
    const reached = [value, value.a, value.a[0], (value.a[0] as { b: object }).b, value.d, value.a[1]];
    for (const object of reached) expect(Object.isFrozen(object)).toBe(true);
    expect(Object.isFrozen((value.a[0] as { b: { c: unknown[] } }).b.c)).toBe(true);
    expect(Object.isFrozen((value.a[1] as unknown[][])[0]?.[0])).toBe(true);
  });

  it('returns primitives and null as they are, and survives cycles and holes', () => {
    expect(deepFreeze(null)).toBeNull();
    expect(deepFreeze('text')).toBe('text');
    const cyclic: { self?: unknown; list: unknown[] } = { list: [] };
    cyclic.self = cyclic;
    cyclic.list.push(cyclic, { inner: cyclic });
    deepFreeze(cyclic);
    expect(Object.isFrozen(cyclic.list[1])).toBe(true);
    // eslint-disable-next-line no-sparse-arrays -- a hole is what is tested
    const sparse = [, { x: 1 }];
    deepFreeze(sparse);
    expect(Object.isFrozen(sparse[1])).toBe(true);
  });

  it('does not descend into a value that is already frozen', () => {
    const inner = { open: true };
    const frozen = Object.freeze({ inner });
    deepFreeze({ frozen });
    expect(Object.isFrozen(inner)).toBe(false);
  });

  it('freezes neither inherited nor non-enumerable properties', () => {
    const inherited = { shared: true };
    const hidden = { hidden: true };
    const value = Object.create({ inherited }) as Record<string, unknown>;
    Object.defineProperty(value, 'hidden', { value: hidden, enumerable: false });
    value.own = { own: true };
    deepFreeze(value);
    expect(Object.isFrozen(value.own)).toBe(true);
    expect(Object.isFrozen(inherited)).toBe(false);
    expect(Object.isFrozen(hidden)).toBe(false);
  });

  it('does not freeze what a polluted Object.prototype carries', () => {
    const polluted = { polluted: true };
    (Object.prototype as Record<string, unknown>).pollutedForTest = polluted;
    try {
      const value = deepFreeze({ a: { b: 1 } });
      expect(Object.isFrozen(value.a)).toBe(true);
      expect(Object.isFrozen(polluted)).toBe(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>).pollutedForTest;
    }
  });
});
