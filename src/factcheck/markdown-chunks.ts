/**
 * Reads a long Markdown document in pieces. remark-parse's cost grows faster than the
 * document for many block shapes (setext headings, long lists, runs of fences), so a
 * document is cut at lines where a new top-level block starts, each piece is parsed
 * alone, and the blocks are put back together with their offsets. Each piece is checked
 * against the parser's safe limits on its own, so one hostile stretch does not turn a
 * whole article into plain text. Raw regions (fenced code, HTML comments, `<pre>`,
 * `<script>`, `<style>`, `<textarea>`, processing instructions, CDATA) are found in the
 * same linear pass and are never cut, never parsed and never read as prose.
 *
 * @module
 */
import { blockOf, type Block } from '../claims/block.js';
import { arraySink, type BlockSink } from './block-sink.js';
import { withinMarkdownLimits } from './markdown-limits.js';
import { readMarkdownBlocks } from './markdown-events.js';
import { readTextBlocks } from './text-blocks.js';
import { expectString } from '../guard.js';
import { lazyPattern } from '../lazy-pattern.js';

/**
 * The size a piece grows to before it is cut at the next safe place, in UTF-16 units.
 *
 * @example
 * ```ts
 * import { MARKDOWN_CHUNK } from './markdown-chunks.js';
 * MARKDOWN_CHUNK; // 4096: pieces of about 4 KB
 * ```
 */
export const MARKDOWN_CHUNK = 4_096;

/** A piece of a Markdown document: `raw` pieces are code or HTML, and hold no prose. */
interface Region {
  readonly start: number;
  readonly end: number;
  readonly raw: boolean;
}

/** How a raw HTML block (CommonMark kinds 1–5) that starts on a line ends. */
const HTML_RAW: readonly [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];
/** CommonMark's HTML block kind 6: ends at a blank line, and may interrupt a paragraph. */
const HTML_BLOCK =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)/i;
/**
 * Whether a line opens an HTML block of kind 6. The pattern is tried only on a line that
 * starts with `<`: case-insensitive over some sixty names, it is the costliest of the
 * chunker's to compile, and a cold process compiled it for the first line of every text.
 */
function startsHtmlBlock(line: string): boolean {
  return line.startsWith('<') && HTML_BLOCK.test(line);
}
/** Lines that always start a new top-level block when they start at column 0. */
const NEW_BLOCK = /^(?:#{1,6}(?:[ \t]|$)|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$|[-*+][ \t]+\S)/;
const ORDERED = /^(\d{1,9})[.)][ \t]+\S/;
const BULLET = /^[-*+][ \t]/;
/**
 * A link reference definition whole on one line at column 0, in its simplest forms only (a
 * destination without parentheses, backslashes or spaces, an optional title without
 * escapes): in a run of such lines after a blank line, each line is a definition of its
 * own, so the run may be cut before any of them. A line of another form is not taken for
 * one, and ends the run.
 */
const DEFINITION =
  /^\[(?=[^\]]*\S)[^\\[\]]{1,999}\]:[ \t]*(?:<[^<>\\\r\n]*>|[^\s()<>\\]+)(?:[ \t]+(?:"[^"\\]*"|'[^'\\]*'))?[ \t]*\r?$/;
/** The longest line looked at whole: a longer one is never taken for a definition. */
const LINE_LOOK = 200;
/**
 * A piece that finds no block boundary (one long list, paragraph, or run of link
 * definitions) is cut anyway once it is this many times the size (at least
 * {@link MARKDOWN_CHUNK}), so no piece the parser
 * sees grows with the input: before a line that is not indented code, after a line that
 * ends a sentence — or, past twice that, before any line that is not indented code.
 */
const HARD_LIMIT_FACTOR = 4;
/** A line indented enough to be indented code (four columns, a tab counting to the next multiple of four). */
const INDENTED_CODE = /^(?: {4}| {0,3}\t)/;
const SENTENCE_END = /[.!?:;]["')\]*_]*[ \t]*\r?$/;
/**
 * A line that surely continues (or starts) a paragraph at the top level: one starting at
 * column 0 with a letter or a digit, which opens no block of its own (not an ordered list
 * marker, which may interrupt a paragraph).
 */
const PARAGRAPH_TEXT = lazyPattern(String.raw`^(?!\d{1,9}[.)])[\p{L}\p{N}]`, 'u');
/** A setext heading underline: after a line of a paragraph, it makes the paragraph a heading and closes it. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*\r?$/;
/**
 * A list item at column 0 that is one paragraph starting with a letter or digit: a bullet or
 * an ordered marker (captured: the bullet, or the ordered delimiter), one to four spaces, then
 * text — not a nested list, quotation, heading, HTML or indented code on the marker's line.
 */
const SIMPLE_ITEM = lazyPattern(String.raw`^(?:([-*+])|\d{1,9}([.)])) {1,4}[\p{L}\p{N}]`, 'u');
/**
 * A line at column 0 that, after a line of a paragraph in a list item, surely continues that
 * paragraph lazily: it starts with nothing that may open a block or a container, or interrupt a
 * paragraph (indentation, `>`, `#`, a bullet or thematic-break character, `=`, a fence, `|`, an
 * ordered marker; a line starting with `<` is checked for an HTML block apart).
 */
const LAZY_TEXT = /^(?!\d{1,9}[.)])[^\s>#*+\-_=`~|]/;
/** A thematic break of one character and no spaces (`***` would read as a list item at a part's start if spaced). */
const PLAIN_BREAK = /^(?:-{3,}|\*{3,}|_{3,})[ \t]*\r?$/;

/** Whether a piece past the hard limit may be cut before `line`. */
function forcedCut(line: string, previousEndsSentence: boolean, overdue: boolean): boolean {
  // A line indented four spaces or more would turn into indented code at the start of a piece.
  return /^ {0,3}\S/.test(line) && (previousEndsSentence || overdue);
}

/**
 * Finds the pieces of a document in one pass over its lines (each line is looked at
 * through its first 200 characters, so the pass is linear), giving each as soon as it is
 * cut, so a reader of the pieces holds one at a time.
 */
function* markdownRegions(
  markdown: string,
  size: number,
  lists: 'cut' | 'siblings' = 'cut',
): Generator<Region, void, undefined> {
  const cutLists = lists === 'cut';
  const regions: Region[] = [];
  const hardLimit = HARD_LIMIT_FACTOR * Math.max(size, MARKDOWN_CHUNK);
  let chunkStart = 0;
  let fence: string | undefined;
  /** The end condition of the raw HTML block the scan is in. */
  let htmlEnd: RegExp | undefined;
  /** Inside an HTML block that ends at a blank line. */
  let htmlUntilBlank = false;
  let previousBlank = true;
  let previousOrdered = false;
  /** The line before ends a sentence, so a forced cut before this one splits no sentence. */
  let previousEndsSentence = false;
  /** The last non-blank line started at column 0 outside any container: blank lines after it may be cut. */
  let topLevel = true;
  /** No list or block quote is open (only paragraphs, headings and the like at column 0 since one closed). */
  let containerFree = true;
  /** Inside indented code at the top level: it may be cut before any of its lines. */
  let indentedCode = false;
  /** The line before is a definition in a run of them that started after a blank line. */
  let previousDefinition = false;
  /**
   * The line before is surely a line of a paragraph at the top level, outside any container:
   * it starts with a letter or digit at column 0 (see {@link PARAGRAPH_TEXT}), after a blank
   * line, a heading that {@link previousSetext} closed, the start, or another such line.
   */
  let previousParagraph = false;
  /**
   * The line before is a setext underline under such a paragraph: the heading it makes is
   * closed, no container is open, so the next line starts a new top-level block whatever it
   * is. A run of setext headings (`a\n=\n` repeated) has no blank line or other block start
   * to cut at, and would otherwise grow to the hard limit.
   */
  let previousSetext = false;
  /**
   * The line before is surely a one-line list item at column 0 ({@link SIMPLE_ITEM}): its
   * marker (bullet or ordered delimiter, ordered ones prefixed with a digit), else undefined.
   * (See {@link itemMarker} and `unsure` for when a line is not surely one.)
   */
  let previousItem: string | undefined;
  /**
   * Since the last blank line, a line started with `<` (it may have opened an HTML block that
   * runs to the next blank line) or held a `|` (it may be a table's row, which the next lines
   * may continue): no line until the next blank line is taken for a list item.
   */
  let unsure = false;
  /**
   * The marker of the one-line list item at column 0 ({@link SIMPLE_ITEM}) whose paragraph the
   * scan is in or has just left by one blank line, while every line after the item's own is
   * surely a lazy continuation of that paragraph ({@link LAZY_TEXT}): the last block is then that
   * item's paragraph, in a list at the top level, so an item of the same marker after the blank
   * line is its sibling (a loose list) and the part may be cut before it.
   */
  let openItem: string | undefined;
  let lineStart = 0;
  const cut = (at: number, raw: boolean): void => {
    if (at > chunkStart) regions.push({ start: chunkStart, end: at, raw });
    chunkStart = at;
  };
  while (lineStart < markdown.length) {
    let lineEnd = markdown.indexOf('\n', lineStart);
    const next = lineEnd === -1 ? markdown.length : lineEnd + 1;
    if (lineEnd === -1) lineEnd = markdown.length;
    const line = markdown.slice(lineStart, Math.min(lineEnd, lineStart + LINE_LOOK));
    const blank = line.trim() === '';
    if (htmlEnd !== undefined || fence !== undefined) {
      // Inside a raw region that started at column 0: it ends on its closing line.
      const closes =
        htmlEnd !== undefined
          ? htmlEnd.test(markdown.slice(lineStart, lineEnd))
          : isClosingFence(line, fence as string);
      if (closes) {
        htmlEnd = undefined;
        fence = undefined;
        cut(next, true);
      }
      previousBlank = false;
      previousOrdered = false;
      previousDefinition = false;
      previousParagraph = false;
      previousSetext = false;
      previousItem = undefined;
      openItem = undefined;
      lineStart = next;
      yield* regions.splice(0);
      continue;
    }
    if (htmlUntilBlank) {
      if (blank) htmlUntilBlank = false;
      previousBlank = blank;
      previousEndsSentence = blank;
      previousOrdered = false;
      previousDefinition = false;
      previousParagraph = false;
      previousSetext = false;
      previousItem = undefined;
      openItem = undefined;
      lineStart = next;
      continue;
    }
    const fenceMark = /^(`{3,}|~{3,})/.exec(line)?.[1];
    const opensFence =
      fenceMark !== undefined && !(fenceMark.startsWith('`') && line.slice(fenceMark.length).includes('`'));
    const rawHtml = line.startsWith('<') ? HTML_RAW.find(([open]) => open.test(line)) : undefined;
    if (opensFence || rawHtml) {
      // A raw region at column 0 always starts a new top-level block.
      cut(lineStart, false);
      if (rawHtml?.[1].test(markdown.slice(lineStart + 1, lineEnd))) cut(next, true);
      else if (rawHtml) htmlEnd = rawHtml[1];
      else fence = fenceMark;
      previousBlank = false;
      previousOrdered = false;
      previousDefinition = false;
      previousParagraph = false;
      previousSetext = false;
      previousItem = undefined;
      openItem = undefined;
      lineStart = next;
      yield* regions.splice(0);
      continue;
    }
    const ordered = ORDERED.exec(line);
    // micromark re-reads a run of definitions once per definition (quadratic in the run's
    // length), so a run is cut between definitions like any other blocks.
    const definition: boolean =
      !blank && (previousBlank || previousDefinition) && lineEnd - lineStart < LINE_LOOK && DEFINITION.test(line);
    const length = lineStart - chunkStart;
    const indented = INDENTED_CODE.test(line);
    // Indented code starts after a blank line with no list or quote open, and runs while its
    // lines stay indented (or blank). A piece that starts inside it starts with indented
    // code, so it may be cut there: a long run of it is not one piece.
    if (!blank) indentedCode = indented && (indentedCode || (previousBlank && containerFree));
    if (indentedCode && !blank && length >= hardLimit) cut(lineStart, false);
    else if (length >= hardLimit && forcedCut(line, previousEndsSentence, length >= 2 * hardLimit))
      cut(lineStart, false);
    else if (!blank && lineStart - chunkStart >= size) {
      const afterBlank = previousBlank && /^[^\s>*+\-\d|=]/.test(line);
      const startsBlock =
        (NEW_BLOCK.test(line) && (cutLists || !BULLET.test(line))) ||
        startsHtmlBlock(line) ||
        (cutLists && ordered !== null && (previousBlank || previousOrdered || ordered[1] === '1')) ||
        (definition && previousDefinition);
      // Between two items of one list, or before the thematic break that ends it: the blocks
      // read either side are those of the whole list (see parsedParts for the lead-ins).
      const sibling =
        lists === 'siblings' &&
        ((previousItem !== undefined &&
          (PLAIN_BREAK.test(line) || itemMarker(line, false, previousItem) === previousItem)) ||
          (previousBlank && openItem !== undefined && itemMarker(line, true, openItem) === openItem));
      if (afterBlank || startsBlock || previousSetext || sibling) cut(lineStart, false);
    } else if (blank && previousBlank && topLevel && (cutLists || containerFree) && lineStart - chunkStart >= size)
      cut(lineStart, false);
    if (!blank) topLevel = /^[^\s>*+\-\d|]/.test(line);
    if (!blank && !indentedCode)
      containerFree = /^[^\s>*+\-\d]/.test(line) && ordered === null && (previousBlank || containerFree);
    if (!blank && startsHtmlBlock(line)) htmlUntilBlank = true;
    // Whole lines only: a longer line's first 200 characters may look like an underline.
    const setext: boolean = previousParagraph && lineEnd - lineStart < LINE_LOOK && SETEXT_UNDERLINE.test(line);
    previousParagraph = !blank && PARAGRAPH_TEXT().test(line) && (previousParagraph || previousSetext || previousBlank);
    previousSetext = setext;
    if (blank) unsure = false;
    else if (/^ {0,3}</.test(line) || line.includes('|')) unsure = true;
    previousItem = blank || unsure ? undefined : itemMarker(line, previousBlank, previousItem);
    if (blank) {
      if (previousBlank) openItem = undefined;
    } else if (previousItem !== undefined) openItem = previousItem;
    else if (previousBlank || !LAZY_TEXT.test(line) || startsHtmlBlock(line)) openItem = undefined;
    previousBlank = blank;
    previousOrdered = ordered !== null;
    previousDefinition = definition;
    previousEndsSentence = blank || SENTENCE_END.test(markdown.slice(Math.max(lineStart, lineEnd - 8), lineEnd));
    lineStart = next;
    yield* regions.splice(0);
  }
  // The rest is the last piece; an empty document is one empty piece.
  if (chunkStart < markdown.length || markdown.length === 0)
    yield { start: chunkStart, end: markdown.length, raw: fence !== undefined || htmlEnd !== undefined };
}

/**
 * The marker of a line that is a one-line list item at column 0 ({@link SIMPLE_ITEM}): the
 * bullet, or a digit and the ordered delimiter; undefined when it is not one, or when it is an
 * ordered item that may be a paragraph's lazy continuation: only after a blank line, the start,
 * an item of the same marker, or numbered `1` (the only one that may interrupt a paragraph).
 */
function itemMarker(line: string, afterBlank: boolean, previous: string | undefined): string | undefined {
  const match = SIMPLE_ITEM().exec(line);
  if (!match) return undefined;
  if (match[1] !== undefined) return match[1];
  const marker = `0${match[2] as string}`;
  return afterBlank || marker === previous || /^1[.)]/.test(line) ? marker : undefined;
}

/** Whether a line closes a fence opened with `fence`: the same character, at least as many, nothing after. */
function isClosingFence(line: string, fence: string): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return match?.[1] !== undefined && match[1].startsWith(fence.charAt(0)) && match[1].length >= fence.length;
}

/**
 * Where a Markdown document may be cut: offsets of lines that start a new top-level
 * block — after a blank line or a setext heading's underline, or a heading, thematic
 * break, list item, fence or HTML block at column 0 — never inside fenced code or an HTML
 * comment, `<pre>`, `<script>`, `<style>` or `<textarea>` block, which are pieces of their
 * own.
 *
 * @param markdown - The document.
 * @param size - The size a piece grows to before it is cut.
 * @returns The pieces, as `[start, end)` offsets covering the whole document.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { markdownChunks } from './markdown-chunks.js';
 * markdownChunks('# A\n\nOne.\n\n# B\n\nTwo.\n', 4); // [[0, 5], [5, 11], [11, 22]]
 * ```
 */
export function markdownChunks(markdown: string, size: number = MARKDOWN_CHUNK): [number, number][] {
  expectString('markdownChunks', 'markdown', markdown);
  if (typeof size !== 'number' || !(size > 0)) throw new TypeError('markdownChunks: size must be a positive number');
  return Array.from(markdownRegions(markdown, size), ({ start, end }) => [start, end]);
}

/**
 * The blocks of a Markdown document, read piece by piece (see {@link markdownChunks});
 * a piece past the parser's safe limits is read as plain text, and code and raw HTML
 * are not read at all.
 *
 * @param markdown - The document.
 * @returns The blocks, with offsets into the whole document.
 * @throws TypeError when `markdown` is not a string.
 * @example
 * ```ts
 * import { chunkedMarkdownBlocks } from './markdown-chunks.js';
 * chunkedMarkdownBlocks('# Title\n\nText.\n').map((b) => b.kind); // ['heading', 'paragraph']
 * ```
 */
export function chunkedMarkdownBlocks(markdown: string): Block[] {
  expectString('chunkedMarkdownBlocks', 'markdown', markdown);
  const blocks: Block[] = [];
  for (const piece of markdownPieces(markdown)) for (const block of piece.blocks) blocks.push(block);
  return blocks;
}

/**
 * The size of the parts a piece within the parser's limits is parsed in, in UTF-16 units.
 * The limits are checked on the piece ({@link MARKDOWN_CHUNK}); the parser then reads it in
 * smaller parts, cut by the same rules. What the parser holds while it reads (every event
 * of the part, and the tokens they point to) lives as long as the part takes to read: in
 * parts this small it is let go before the collector's young generation is full twice, so
 * it dies young instead of filling the old generation, which V8 lets grow to several times
 * its live size between full collections. Smaller parts are also quicker to parse, as
 * micromark's cost grows faster than a part for many shapes.
 */
const PARSE_CHUNK = 1_024;

/** A list item's marker at column 0 (up to three spaces in), as a part may start with one. */
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t\r\n]|$)/;

/** A part of a document: its offset, and how to read its blocks (with offsets and lead-ins of the part's own). */
interface Part {
  readonly start: number;
  /** Its length in the document. */
  readonly length: number;
  /**
   * The part may start inside the list the part before ended in: it starts with a list item
   * at column 0 (or is read as plain text). A part that starts with anything else (a
   * thematic break, a heading) closes that list, and a list in it is a new one.
   */
  readonly inList: boolean;
  /** Reads the part's blocks into `sink`, each as soon as it is read. */
  read(sink: BlockSink): void;
}

/**
 * The parts of a document, with the offset of each: each piece ({@link markdownRegions})
 * past the parser's limits as plain text, and each within them parsed in parts of about
 * {@link PARSE_CHUNK}. Raw pieces are left out. A part is read when its reader asks.
 */
function* parsedParts(markdown: string): Generator<Part, void, undefined> {
  /** Code or raw HTML at column 0 came since the last part: it closed any list open before it. */
  let afterRaw = false;
  for (const region of markdownRegions(markdown, MARKDOWN_CHUNK)) {
    if (region.raw) {
      afterRaw = true;
      continue;
    }
    const source = markdown.slice(region.start, region.end);
    if (!withinMarkdownLimits(source)) {
      yield {
        start: region.start,
        length: source.length,
        inList: !afterRaw,
        read: (sink) => {
          readTextBlocks(source, sink);
        },
      };
      afterRaw = false;
      continue;
    }
    // Cut between the items of a list only where the item before is one line of text with
    // the same marker (bullet or ordered delimiter), or, after a blank line, one line of text
    // and lines that surely continue its paragraph lazily: the part then starts with an item of the
    // same list, whose lead-in the assembler carries over from that item. A part that starts
    // with an item of a new list (another bullet or delimiter) would take the closed list's
    // lead-in; and a part of a long list must be small to be let go young (PARSE_CHUNK).
    for (const { start, end, raw } of markdownRegions(source, PARSE_CHUNK, 'siblings')) {
      if (raw) {
        afterRaw = true;
        continue;
      }
      yield {
        start: region.start + start,
        length: end - start,
        inList: !afterRaw && LIST_ITEM.test(source.slice(start, Math.min(end, start + 16))),
        read: (sink) => {
          readMarkdownBlocks(source.slice(start, end), sink);
        },
      };
      afterRaw = false;
    }
  }
}

/**
 * Puts the blocks of a document's parts together, one block at a time: offsets into the
 * whole document, lead-ins as document-wide indices. All that is carried from a part to
 * the next is the number of blocks so far and the lead-in a list cut between its items keeps.
 */
function assembler(): {
  /** Starts a part at `start` in the document; `inList` when it may continue the list the part before ended in. */
  begin(start: number, inList: boolean): void;
  /** A block of the part as it stands in the document. */
  place(block: Block): Block;
  /** The lead-ins a later block may still name, given those of the part's own (see {@link BlockSink.settle}). */
  live(local: readonly number[]): number[];
  /** Ends the part: the blocks before the next part that a block after it may name as its lead-in (none when the part had no blocks). */
  end(): number[] | undefined;
} {
  /** Blocks so far. */
  let count = 0;
  /** The last block so far: its kind and lead-in. */
  let previous: Pick<Block, 'kind' | 'leadIn'> | undefined;
  let start = 0;
  let base = 0;
  let inherited: number | undefined;
  let leading = true;
  return {
    begin(at, inList) {
      start = at;
      base = count;
      // A part cut between the items of a list: its first items keep the list's lead-in.
      inherited =
        previous === undefined ? undefined : inList && previous.kind === 'list-item' ? previous.leadIn : base - 1;
      leading = true;
    },
    place(block) {
      leading &&= block.kind === 'list-item' && block.leadIn === undefined;
      const leadIn = block.leadIn === undefined ? (leading ? inherited : undefined) : block.leadIn + base;
      count++;
      previous = { kind: block.kind, leadIn };
      const pieces = block.pieces.map((p) => ({
        textStart: p.textStart,
        sourceStart: p.sourceStart + start,
        length: p.length,
      }));
      return blockOf(block.kind, block.depth, block.text, pieces, {
        leadIn,
        row: block.row,
        header: block.header,
        label: block.label,
      });
    },
    live(local) {
      const leadIns = local.map((index) => index + base);
      // The first items of a part cut between a list's items name the list's lead-in.
      if (leading && inherited !== undefined) leadIns.push(inherited);
      return leadIns;
    },
    end() {
      if (count === base) return undefined;
      const leadIns = [count - 1];
      if (previous?.kind === 'list-item' && previous.leadIn !== undefined) leadIns.push(previous.leadIn);
      return leadIns;
    },
  };
}

/**
 * What {@link readMarkdownPieces} hands its blocks to.
 *
 * @internal
 */
export interface PieceReader {
  /** Reads the next block (offsets into the whole document, lead-in a document-wide index). */
  block(block: Block): void;
  /**
   * No later block names an earlier one as its lead-in but those in `leadIns`: told at the
   * end of each piece, and now and then between the blocks of one, so a reader can let go
   * of what it keeps of the blocks before.
   */
  endPiece(leadIns: readonly number[]): void;
}

/**
 * How many blocks {@link readMarkdownPieces} reads between telling its reader, within a
 * piece, which lead-ins a later block may still name.
 */
const SETTLE_EVERY = 64;

/**
 * The parts a Markdown document is parsed in, as `[start, end)` offsets (raw code and HTML
 * left out): each is what the parser holds at once.
 *
 * @param markdown - The document.
 * @returns The parts' offsets.
 * @internal
 * @example
 * ```ts
 * import { parseParts } from './markdown-chunks.js';
 * parseParts('# Title\n\nText.\n'); // [[0, 15]]
 * ```
 */
export function parseParts(markdown: string): [number, number][] {
  return Array.from(parsedParts(markdown), (part) => [part.start, part.start + part.length]);
}

/**
 * The blocks of {@link markdownPieces}, handed to `reader` one at a time as each is read:
 * a reader that reads each block and lets it go holds none of them, and only one part's
 * parse at a time.
 *
 * @param markdown - The document.
 * @param reader - Takes the blocks and the ends of the pieces.
 * @internal
 */
export function readMarkdownPieces(markdown: string, reader: PieceReader): void {
  expectString('readMarkdownPieces', 'markdown', markdown);
  const parts = assembler();
  /** The part's own blocks: their number and the last (what its reader looks back at). */
  let length = 0;
  let last: Block | undefined;
  /** Blocks since the reader was last told which lead-ins may still be named. */
  let unsettled = 0;
  const sink: BlockSink = {
    get length() {
      return length;
    },
    get last() {
      return last;
    },
    push(block) {
      length++;
      last = block;
      reader.block(parts.place(block));
    },
    // What a reader keeps of each block for the blocks after it (the claim reader's summary)
    // is let go every few blocks, not only at a piece's end: a piece of a thousand list items
    // would otherwise keep a thousand, alive long enough to be moved to the old generation.
    settle(leadIns) {
      if (++unsettled < SETTLE_EVERY) return;
      unsettled = 0;
      reader.endPiece(parts.live(leadIns));
    },
  };
  for (const part of parsedParts(markdown)) {
    length = 0;
    last = undefined;
    parts.begin(part.start, part.inList);
    part.read(sink);
    last = undefined;
    const leadIns = parts.end();
    if (leadIns) reader.endPiece(leadIns);
  }
}

/**
 * The blocks of one piece of a Markdown document (see {@link markdownPieces}).
 *
 * @example
 * ```ts
 * import type { MarkdownPiece } from './markdown-chunks.js';
 * const piece: MarkdownPiece = { first: 0, blocks: [], leadIns: [] };
 * ```
 */
export interface MarkdownPiece {
  /** The document-wide index of the piece's first block. */
  readonly first: number;
  /** The piece's blocks, with offsets into the whole document and lead-ins as document-wide indices. */
  readonly blocks: readonly Block[];
  /** The blocks before the next piece that a block after it may name as its lead-in. */
  readonly leadIns: readonly number[];
}

/**
 * The blocks of a Markdown document, one piece at a time, as
 * {@link chunkedMarkdownBlocks} gives them all at once: a reader that takes each piece's
 * blocks, reads them and lets them go holds one piece, not the document. All that is
 * carried from a piece to the next is the number of blocks so far and the lead-in a list
 * cut between its items keeps.
 *
 * @param markdown - The document.
 * @returns The pieces, in order (raw pieces and pieces without blocks are left out).
 * @throws TypeError when `markdown` is not a string.
 * @example
 * ```ts
 * import { markdownPieces } from './markdown-chunks.js';
 * [...markdownPieces('# Title\n\nText.\n')].map((p) => p.blocks.length); // [2]
 * ```
 */
export function* markdownPieces(markdown: string): Generator<MarkdownPiece, void, undefined> {
  expectString('markdownPieces', 'markdown', markdown);
  const parts = assembler();
  let count = 0;
  for (const part of parsedParts(markdown)) {
    const local: Block[] = [];
    part.read(arraySink(local));
    parts.begin(part.start, part.inList);
    const blocks = local.map((block) => parts.place(block));
    const leadIns = parts.end();
    if (leadIns) yield { first: count, blocks, leadIns };
    count += blocks.length;
  }
}
