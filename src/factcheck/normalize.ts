/**
 * Reading normalisation: what a reader sees, before the engine tokenises. Text is put in
 * NFC (macOS copy-paste gives NFD, where "å" is "a" and a ring); compatibility forms that
 * are only a different width or style (fullwidth "Ｍｅｓｏ", ligatures, mathematical
 * letters) are read as the plain letters (NFKC, applied to those alone, where it is
 * safe); invisible characters (zero-width space and joiner, direction marks, Hangul
 * fillers) are dropped; and a Cyrillic or Greek letter inside a Latin word
 * ("Mеsotherapy" with a Cyrillic е) is read as the Latin letter it looks like (Unicode's
 * confusables data). Offsets stay exact: the block's pieces map every normalised
 * character back to the original text.
 *
 * @module
 */
import { blockOf, type Block, type Piece } from '../claims/block.js';
import { CONFUSABLE_LETTERS } from '../generated/confusables.js';
import { expectShape } from '../guard.js';
import { lazyPattern } from '../lazy-pattern.js';

/** Characters that may need normalising; text without any is returned as it is. */
const MAY_CHANGE = lazyPattern(
  String.raw`[\p{M}\p{Cf}\u0370-\u04ff\u115f\u1160\u3164\ufb00-\ufb06\uff00-\uffef\ud835]`,
  'u',
);

/** Invisible characters that are not part of what a reader reads. */
const INVISIBLE = lazyPattern(String.raw`^[\p{Cf}\u115f\u1160\u3164\uffa0]$`, 'u');

/** A letter with its combining marks. */
const CLUSTER = lazyPattern(String.raw`[^\p{M}][\p{M}]*|[\p{M}]+`, 'gsu');

/** Words that mix Latin with Cyrillic or Greek letters. */
const MIXED_WORD = lazyPattern(String.raw`[\p{L}\p{M}\p{Cf}\u3164\uffa0]+`, 'gu');
const LATIN = lazyPattern(String.raw`\p{Script=Latin}`, 'u');
const LOOKALIKE = /[\u0370-\u04ff]/u;

/** Code points whose compatibility form is only another width or style of a letter or digit. */
function compatibilityIsSafe(code: number): boolean {
  return (
    (code >= 0xff01 && code <= 0xff5e) || (code >= 0xfb00 && code <= 0xfb06) || (code >= 0x1d400 && code <= 0x1d7ff)
  );
}

/** A stretch of normalised text and the stretch of input it came from. */
interface Segment {
  readonly outStart: number;
  readonly outLength: number;
  readonly inStart: number;
}

/**
 * Normalises a text for reading.
 *
 * @param text - The text.
 * @returns The normalised text, and segments mapping it to the input (each copied or
 * replaced stretch; dropped characters have none).
 */
function normalizeText(text: string): { text: string; segments: Segment[] } | undefined {
  if (!MAY_CHANGE().test(text)) return undefined;
  const mixed: [number, number][] = [];
  for (const match of text.matchAll(MIXED_WORD())) {
    if (LATIN().test(match[0]) && LOOKALIKE.test(match[0])) mixed.push([match.index, match.index + match[0].length]);
  }
  let out = '';
  const segments: Segment[] = [];
  let copyFrom = -1;
  let copyOut = 0;
  let m = 0;
  const flush = (at: number): void => {
    if (copyFrom >= 0 && at > copyFrom)
      segments.push({ outStart: copyOut, outLength: at - copyFrom, inStart: copyFrom });
    copyFrom = -1;
  };
  for (const match of text.matchAll(CLUSTER())) {
    const cluster = match[0];
    const at = match.index;
    while (m < mixed.length && (mixed[m] as [number, number])[1] <= at) m++;
    const inMixed = m < mixed.length && (mixed[m] as [number, number])[0] <= at;
    let read: string;
    if (INVISIBLE().test(cluster)) read = '';
    else {
      read = cluster.length === 1 ? cluster : cluster.normalize('NFC');
      const code = read.codePointAt(0) ?? 0;
      if (compatibilityIsSafe(code)) read = read.normalize('NFKC');
      if (inMixed) read = CONFUSABLE_LETTERS[read] ?? read;
    }
    if (read === cluster) {
      if (copyFrom < 0) {
        copyFrom = at;
        copyOut = out.length;
      }
      out += cluster;
      continue;
    }
    flush(at);
    if (read !== '') segments.push({ outStart: out.length, outLength: read.length, inStart: at });
    out += read;
  }
  flush(text.length);
  return { text: out, segments };
}

/**
 * A block as the engine reads it: its text normalised for reading (NFC, safe NFKC,
 * invisible characters dropped, homoglyphs in Latin words read as Latin letters), with
 * pieces that map every character back to where it is in the source.
 *
 * @param block - A block.
 * @returns The block normalised (the same block when there is nothing to change).
 * @example
 * ```ts
 * import { normalizeBlock } from './normalize.js';
 * const text = 'M\u0435sotherapy'; // a Cyrillic е
 * normalizeBlock({ kind: 'paragraph', depth: 0, text, pieces: [{ textStart: 0, sourceStart: 0, length: text.length }] }).text; // 'Mesotherapy'
 * ```
 */
export function normalizeBlock(block: Block): Block {
  expectShape('normalizeBlock', 'block', block, { text: 'string', pieces: 'array' }, 'a block');
  const normalized = normalizeText(block.text);
  if (!normalized) return block;
  const pieces: Piece[] = [];
  const origin = block.pieces;
  let p = 0;
  for (const segment of normalized.segments) {
    // A segment of copied text may cross the block's own pieces: cut it where they end.
    let outStart = segment.outStart;
    let inStart = segment.inStart;
    let remaining = segment.outLength;
    const copied =
      normalized.text.slice(segment.outStart, segment.outStart + segment.outLength) ===
      block.text.slice(segment.inStart, segment.inStart + segment.outLength);
    while (remaining > 0) {
      while (p < origin.length && (origin[p] as Piece).textStart + (origin[p] as Piece).length <= inStart) p++;
      const piece = origin[p];
      if (!piece || piece.textStart > inStart) {
        // Text the block added (a joining space): no place in the source.
        const skip = piece && copied ? Math.min(remaining, piece.textStart - inStart) : remaining;
        outStart += skip;
        inStart += skip;
        remaining -= skip;
        continue;
      }
      const length = copied ? Math.min(remaining, piece.textStart + piece.length - inStart) : remaining;
      pieces.push({ textStart: outStart, sourceStart: piece.sourceStart + (inStart - piece.textStart), length });
      outStart += length;
      inStart += length;
      remaining -= length;
    }
  }
  // An end marker, so an offset at the very end maps past the last replaced character.
  const last = origin.at(-1);
  if (last) pieces.push({ textStart: normalized.text.length, sourceStart: last.sourceStart + last.length, length: 0 });
  if (pieces.length === 0) pieces.push({ textStart: 0, sourceStart: origin[0]?.sourceStart ?? 0, length: 0 });
  return blockOf(block.kind, block.depth, normalized.text, pieces, block);
}
