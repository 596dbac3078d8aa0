/**
 * The engine's view of a document: blocks of plain text (headings, paragraphs,
 * list items), each mapped back to offsets in the source.
 *
 * @module
 */

/**
 * A stretch of block text copied from the source: `length` characters at
 * `textStart` in the block text are the characters at `sourceStart` in the source.
 *
 * @example
 * ```ts
 * import type { Piece } from 'meso-evidence/factcheck';
 * const piece: Piece = { textStart: 0, sourceStart: 2, length: 6 };
 * ```
 */
export interface Piece {
  /** Offset in the block text. */
  readonly textStart: number;
  /** Offset in the source. */
  readonly sourceStart: number;
  /** Characters copied. */
  readonly length: number;
}

/**
 * A block of text with claims in it (or, for headings, a topic).
 *
 * @example
 * ```ts
 * import type { Block } from 'meso-evidence/factcheck';
 * const block: Block = { kind: 'paragraph', depth: 0, text: 'Hi.', pieces: [{ textStart: 0, sourceStart: 0, length: 3 }] };
 * ```
 */
export interface Block {
  /** What the block is. */
  readonly kind: 'heading' | 'paragraph' | 'list-item';
  /** Heading level (1–6); 0 for other blocks. */
  readonly depth: number;
  /** The block's text, without markup. */
  readonly text: string;
  /** How the text maps to the source, in order. */
  readonly pieces: readonly Piece[];
  /** For a list item: the index of the block that introduces the list (a paragraph ending ":" or a heading). */
  readonly leadIn?: number;
}

/**
 * Maps an offset in a block's text to an offset in the source.
 *
 * @param block - The block.
 * @param offset - Offset in `block.text`.
 * @param side - For an offset between pieces: `start` maps forward, `end` maps back.
 * @returns The source offset.
 * @example
 * ```ts
 * import { toSourceOffset } from 'meso-evidence/factcheck';
 * toSourceOffset({ kind: 'paragraph', depth: 0, text: 'ab', pieces: [{ textStart: 0, sourceStart: 10, length: 2 }] }, 1, 'start'); // 11
 * ```
 */
export function toSourceOffset(block: Block, offset: number, side: 'start' | 'end'): number {
  const pieces = block.pieces;
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((pieces[mid] as Piece).textStart <= offset) low = mid;
    else high = mid - 1;
  }
  const piece = pieces[low];
  if (!piece) return 0;
  if (offset < piece.textStart) return piece.sourceStart;
  if (offset <= piece.textStart + piece.length) {
    if (side === 'start' && offset === piece.textStart + piece.length && pieces[low + 1]) return (pieces[low + 1] as Piece).sourceStart;
    return piece.sourceStart + (offset - piece.textStart);
  }
  const next = pieces[low + 1];
  return side === 'start' && next ? next.sourceStart : piece.sourceStart + piece.length;
}
