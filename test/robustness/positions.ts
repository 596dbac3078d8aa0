/**
 * The position contract every finding must keep, checked against an independent
 * reading of the input: offsets inside it, `text` exactly the slice between them, and
 * 1-based line and column agreeing with the offset (lines end at LF, CRLF or CR).
 */
import { expect } from 'vitest';
import type { Finding, Point } from '../../src/factcheck/index.js';

/** The point an offset falls on, computed the slow, obvious way. */
export function pointAt(input: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = input[i];
    if (c === '\n' || (c === '\r' && input[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** Fails unless every finding's position lies in `input` and points at exactly its text. */
export function expectValidFindings(input: string, findings: readonly Finding[]): void {
  // The slow locator is linear per call: check positions exactly for small inputs, and
  // offsets and text (the costly part) for large ones.
  const exact = input.length <= 200_000;
  for (const finding of findings) {
    const { start, end } = finding.position;
    expect(Number.isInteger(start.offset) && Number.isInteger(end.offset)).toBe(true);
    expect(0 <= start.offset && start.offset <= end.offset && end.offset <= input.length).toBe(true);
    expect(input.slice(start.offset, end.offset)).toBe(finding.text);
    if (exact) {
      expect(start).toEqual(pointAt(input, start.offset));
      expect(end).toEqual(pointAt(input, end.offset));
    } else {
      expect(start.line).toBeGreaterThanOrEqual(1);
      expect(start.column).toBeGreaterThanOrEqual(1);
    }
  }
}
