/**
 * The engine's view of a document: blocks of plain text (headings, paragraphs,
 * list items), each mapped back to offsets in the source.
 *
 * @module
 */
import { lazyPattern } from '../lazy-pattern.js';

/**
 * A stretch of block text copied from the source: `length` characters at
 * `textStart` in the block text are the characters at `sourceStart` in the source.
 *
 * @example
 * ```ts
 * import type { Piece } from './block.js';
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
 * import type { Block } from './block.js';
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
  /** For a row of a table: it speaks only of what its own cells name, never of a treatment in context. */
  readonly row?: true;
  /** For a row of a table: the table's header row, which names its columns ("| Method | FDA status |"). */
  readonly header?: string;
  /**
   * For a paragraph or list item: its first line is a label — strong or emphasised text alone on
   * its line, before a line break and the rest ("**Ida (klinikken) · 19:09**" over a chat message,
   * "**Q: Is it safe?**" over its answer, "**Thighs**" over a caption). The line is a sentence of
   * its own, and the text's first line break is where it ends.
   */
  readonly label?: true;
}

/** What a block may carry besides its kind, depth, text and pieces. */
type BlockExtras = Pick<Block, 'leadIn' | 'row' | 'header' | 'label'>;

/**
 * A block made field by field, its optional fields set only when given. Blocks are made
 * per line of a document, and an object spread (`{ ...block, leadIn }`) is no way to make
 * them: V8 makes the objects of a spread through its runtime, in the old generation, so
 * every block made that way stays in memory until the next full collection (reading 1 MB
 * of short list lines as text promoted 16 MB of them).
 *
 * @param kind - What the block is.
 * @param depth - Heading level; 0 for other blocks.
 * @param text - The text.
 * @param pieces - How the text maps to the source.
 * @param extras - A lead-in, a table row's mark and header, and a label's mark, where it has them.
 * @returns The block.
 * @example
 * ```ts
 * import { blockOf } from './block.js';
 * blockOf('list-item', 0, 'a', [{ textStart: 0, sourceStart: 2, length: 1 }], { leadIn: 3 }).leadIn; // 3
 * ```
 */
export function blockOf(
  kind: Block['kind'],
  depth: number,
  text: string,
  pieces: readonly Piece[],
  extras: BlockExtras = {},
): Block {
  const block: { -readonly [K in keyof Block]: Block[K] } = { kind, depth, text, pieces };
  if (extras.leadIn !== undefined) block.leadIn = extras.leadIn;
  if (extras.row === true) block.row = true;
  if (extras.header !== undefined) block.header = extras.header;
  if (extras.label === true) block.label = true;
  return block;
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
 * import { toSourceOffset } from './block.js';
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
    if (side === 'start' && offset === piece.textStart + piece.length && pieces[low + 1])
      return (pieces[low + 1] as Piece).sourceStart;
    return piece.sourceStart + (offset - piece.textStart);
  }
  const next = pieces[low + 1];
  return side === 'start' && next ? next.sourceStart : piece.sourceStart + piece.length;
}

/**
 * Cuts a stretch out of a block as a block of its own, with its pieces re-based.
 *
 * @param block - The block.
 * @param start - Start offset in `block.text`.
 * @param end - End offset in `block.text`.
 * @param kind - The new block's kind.
 * @returns The new block (without a lead-in).
 * @example
 * ```ts
 * import { sliceBlock } from './block.js';
 * const block = { kind: 'paragraph' as const, depth: 0, text: 'ab cd', pieces: [{ textStart: 0, sourceStart: 5, length: 5 }] };
 * sliceBlock(block, 3, 5, 'list-item').pieces; // [{ textStart: 0, sourceStart: 8, length: 2 }]
 * ```
 */
export function sliceBlock(block: Block, start: number, end: number, kind: Block['kind']): Block {
  const pieces: Piece[] = [];
  for (const piece of block.pieces) {
    const a = Math.max(start, piece.textStart);
    const b = Math.min(end, piece.textStart + piece.length);
    if (b < a || (b === a && piece.length > 0)) continue;
    pieces.push({ textStart: a - start, sourceStart: piece.sourceStart + (a - piece.textStart), length: b - a });
  }
  if (pieces.length === 0) pieces.push({ textStart: 0, sourceStart: toSourceOffset(block, start, 'start'), length: 0 });
  return { kind, depth: 0, text: block.text.slice(start, end), pieces };
}

/** Characters that start a list item in text that is not marked up as a list. */
const BULLET_LINE = lazyPattern(String.raw`^[ \t]*(?:[•◦▪‣●]|[\p{So}]\uFE0F?(?=[ \t]))[ \t]*`, 'u');

/** A text with a line that starts with a bullet. */
const HAS_BULLET_LINE = lazyPattern(String.raw`(?:^|\n)[ \t]*(?:[•◦▪‣●]|\p{So}\uFE0F?[ \t])`, 'u');

/**
 * Splits a paragraph whose lines start with bullet characters (•) — a list written
 * as text — into a lead paragraph and list items.
 *
 * @param block - A paragraph block.
 * @returns The paragraph unchanged, or its lead and items; items point at the lead
 * (or, with no lead, carry `leadIn: -1`, meaning "the block before").
 * @example
 * ```ts
 * import { splitBulletLines } from './block.js';
 * const text = 'Fordeler:\n• hårtap\n• cellulitt';
 * splitBulletLines({ kind: 'paragraph', depth: 0, text, pieces: [{ textStart: 0, sourceStart: 0, length: text.length }] }).length; // 3
 * ```
 */
export function splitBulletLines(block: Block): Block[] {
  if (!HAS_BULLET_LINE().test(block.text)) return [block];
  const out: Block[] = [];
  const lines: { start: number; end: number; bullet: number }[] = [];
  let at = 0;
  for (const line of block.text.split('\n')) {
    const bullet = BULLET_LINE().exec(line);
    lines.push({ start: at, end: at + line.length, bullet: bullet ? bullet[0].length : -1 });
    at += line.length + 1;
  }
  let leadEnd = 0;
  while (leadEnd < lines.length && (lines[leadEnd] as { bullet: number }).bullet === -1) leadEnd++;
  if (leadEnd > 0) {
    const lead = sliceBlock(block, 0, (lines[leadEnd - 1] as { end: number }).end, 'paragraph');
    // The lead starts where the paragraph does: a label the paragraph opens with opens the lead.
    out.push(block.label === true ? blockOf(lead.kind, lead.depth, lead.text, lead.pieces, { label: true }) : lead);
  }
  for (let index = leadEnd; index < lines.length; index++) {
    const line = lines[index] as { start: number; end: number; bullet: number };
    let end = line.end;
    while (index + 1 < lines.length && (lines[index + 1] as { bullet: number }).bullet === -1)
      end = (lines[++index] as { end: number }).end;
    out.push({
      ...sliceBlock(block, line.start + Math.max(line.bullet, 0), end, 'list-item'),
      leadIn: leadEnd > 0 ? 0 : -1,
    });
  }
  return out;
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;

/**
 * Whether a block is a table written in Markdown pipes (`| Treatment | Price |`): rows of
 * cells are not sentences, and a price table is not a claim.
 *
 * @param block - A block.
 * @returns True when every line of it is a table row.
 * @example
 * ```ts
 * import { isPipeTable } from './block.js';
 * const text = '| A | B |\n|---|---|';
 * isPipeTable({ kind: 'paragraph', depth: 0, text, pieces: [] }); // true
 * ```
 */
export function isPipeTable(block: Block): boolean {
  const lines = block.text.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.every((line) => TABLE_ROW.test(line));
}

/** The row under a table's header that makes it a table: `| --- | :---: |`. */
const DELIMITER_ROW = /^\s*\|(?:\s*:?-+:?\s*\|)+\s*$/;

/**
 * The body rows of a table written in Markdown pipes, one block each: a row of a comparison
 * table ("| Liposuction | Removes fat reliably | … |") speaks of the treatment in its first
 * cell, as a sentence does. The header row (above the `| --- |` row) names columns: it is
 * no claim, but each row carries it (`header`) for what a column says of its cells; a block of pipe lines without a delimiter row is no table and gives no rows.
 *
 * @param block - A block that {@link isPipeTable} accepts.
 * @returns Its body rows as paragraph blocks, with exact source offsets, one at a time: a
 *   long table's rows need not all be alive together.
 * @example
 * ```ts
 * import { tableRows } from './block.js';
 * const text = '| A | B |\n|---|---|\n| Liposuction | Removes fat |';
 * [...tableRows({ kind: 'paragraph', depth: 0, text, pieces: [{ textStart: 0, sourceStart: 0, length: text.length }] })]
 *   .map((row) => row.text); // ['| Liposuction | Removes fat |']
 * ```
 */
export function* tableRows(block: Block): Generator<Block, void, undefined> {
  const { text } = block;
  let delimiterSeen = false;
  let header = '';
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    if (delimiterSeen && line.trim() !== '' && !DELIMITER_ROW.test(line)) {
      const row = sliceBlock(block, start, end, 'paragraph');
      yield blockOf(row.kind, row.depth, row.text, row.pieces, { row: true, header });
    }
    if (DELIMITER_ROW.test(line)) delimiterSeen = true;
    else if (!delimiterSeen && line.trim() !== '') header = line;
    start = end + 1;
  }
}
