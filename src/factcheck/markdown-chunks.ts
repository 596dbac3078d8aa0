/**
 * Reads a long Markdown document in pieces. remark-parse's cost grows faster than the
 * document (ten times the text takes far more than ten times as long), so a document
 * is cut at places where a new top-level block starts, each piece is parsed alone, and
 * the blocks are put back together with their offsets. Each piece is checked against the
 * parser's safe limits on its own, so one hostile stretch does not turn a whole article
 * into plain text.
 *
 * @module
 */
import type { Block } from '../claims/block.js';
import { markdownBlocks, parseMarkdown, withinMarkdownLimits } from './markdown-blocks.js';
import { textBlocks } from './text-blocks.js';
import { expectString } from '../guard.js';

/**
 * The size a piece grows to before it is cut at the next safe place, in UTF-16 units.
 *
 * @example
 * ```ts
 * import { MARKDOWN_CHUNK } from 'meso-evidence/factcheck';
 * MARKDOWN_CHUNK; // 16384: pieces of about 16 KB
 * ```
 */
export const MARKDOWN_CHUNK = 16_384;

/**
 * Where a Markdown document may be cut: offsets of lines that start a new top-level
 * block after a blank line — not indented, not a list item or quotation (which may
 * continue a list or quote above), not inside a fenced code block.
 *
 * @param markdown - The document.
 * @param size - The size a piece grows to before it is cut.
 * @returns The pieces, as `[start, end)` offsets covering the whole document.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { markdownChunks } from 'meso-evidence/factcheck';
 * markdownChunks('# A\n\nOne.\n\n# B\n\nTwo.\n', 4); // [[0, 11], [11, 22]]
 * ```
 */
export function markdownChunks(markdown: string, size: number = MARKDOWN_CHUNK): [number, number][] {
  expectString('markdownChunks', 'markdown', markdown);
  if (typeof size !== 'number' || !(size > 0)) throw new TypeError('markdownChunks: size must be a positive number');
  const chunks: [number, number][] = [];
  let chunkStart = 0;
  let fence: string | undefined;
  let previousBlank = false;
  let lineStart = 0;
  while (lineStart < markdown.length) {
    let lineEnd = markdown.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = markdown.length;
    const line = markdown.slice(lineStart, Math.min(lineEnd, lineStart + 200));
    const blank = line.trim() === '';
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (
      fence === undefined &&
      previousBlank &&
      !blank &&
      lineStart - chunkStart >= size &&
      /^[^\s>*+\-\d|]/.test(line) &&
      !/^[=-]+\s*$/.test(line)
    ) {
      chunks.push([chunkStart, lineStart]);
      chunkStart = lineStart;
    }
    if (fenceMark !== undefined) {
      if (fence === undefined) fence = fenceMark[0];
      else if (fenceMark.startsWith(fence.charAt(0)) && fenceMark.length >= fence.length) fence = undefined;
    }
    previousBlank = blank;
    lineStart = lineEnd + 1;
  }
  if (chunkStart < markdown.length || chunks.length === 0) chunks.push([chunkStart, markdown.length]);
  return chunks;
}

/**
 * The blocks of a Markdown document, read piece by piece (see {@link markdownChunks});
 * a piece past the parser's safe limits is read as plain text.
 *
 * @param markdown - The document.
 * @returns The blocks, with offsets into the whole document.
 * @throws TypeError when `markdown` is not a string.
 * @example
 * ```ts
 * import { chunkedMarkdownBlocks } from 'meso-evidence/factcheck';
 * chunkedMarkdownBlocks('# Title\n\nText.\n').map((b) => b.kind); // ['heading', 'paragraph']
 * ```
 */
export function chunkedMarkdownBlocks(markdown: string): Block[] {
  expectString('chunkedMarkdownBlocks', 'markdown', markdown);
  const blocks: Block[] = [];
  for (const [start, end] of markdownChunks(markdown)) {
    const piece = markdown.slice(start, end);
    const local = withinMarkdownLimits(piece) ? markdownBlocks(parseMarkdown(piece), piece) : textBlocks(piece);
    const base = blocks.length;
    for (const block of local) {
      blocks.push({
        ...block,
        pieces: block.pieces.map((p) => ({ ...p, sourceStart: p.sourceStart + start })),
        ...(block.leadIn === undefined ? {} : { leadIn: block.leadIn + base }),
      });
    }
  }
  return blocks;
}
