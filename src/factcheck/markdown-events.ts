/**
 * Markdown → blocks straight from micromark's events, without building an mdast tree.
 * The blocks are the ones {@link markdownBlocks} collects from remark-parse's tree, to
 * the byte: the events are read as mdast-util-from-markdown reads them (which text
 * nodes it makes and merges, where each starts and ends, which line endings it keeps,
 * how it decodes escapes and character references), but only for what a block needs —
 * the text of headings and paragraphs, the containers they sit in and the lists'
 * lead-ins. No node, position object or context copy is made per event. A stretch of plain
 * lines between blank lines (no Markdown syntax at all, as most of an article is) is read
 * without parsing: it can only be a paragraph or heading at the top level, and so can a
 * stretch of plain paragraphs, ATX and setext headings and thematic breaks. What micromark's
 * parse of a part holds is let go as soon as its events are read (see {@link releaseParse}).
 *
 * The reader also measures how deep the tree would be, so a document that
 * {@link markdownBlocks} reads as plain text for its depth (`MAX_TREE_DEPTH`: emphasis
 * nested a thousand deep; no article comes near it) is read as plain text here too.
 *
 * @module
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { parse, postprocess, preprocess } from 'micromark';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Event, ParseContext, Token } from 'micromark-util-types';
import { blockOf, type Block, type Piece } from '../claims/block.js';
import { expectString } from '../guard.js';
import { arraySink, type BlockSink, pushAll, settle } from './block-sink.js';
import {
  addBlock,
  appendText,
  ENDS_WITH_LETTER,
  isLabelled,
  MAX_TREE_DEPTH,
  STARTS_WITH_LETTER,
  WORD_JOINING_HTML,
} from './markdown-text.js';
import { textBlocks } from './text-blocks.js';

/** A container a block can sit in: a list (its items' paragraphs are list items) or a block quote. */
interface Container {
  readonly list: boolean;
  /** The block that leads into the lists inside it. */
  readonly leadIn: number | undefined;
}

/** A text node being built: data merged until another node or the end of its parent. */
interface PendingText {
  value: string;
  readonly start: number;
  end: number;
}

/** The heading or paragraph being read. */
interface Phrasing {
  readonly kind: 'heading' | 'paragraph';
  depth: number;
  text: string;
  readonly pieces: Piece[];
  /** Where a run of word-joining inline HTML began in `text`, while nothing else has come since. */
  joinFrom: number | undefined;
  pending: PendingText | undefined;
  /** The tree depth of the phrasing's own children. */
  readonly inline: number;
  /**
   * Whether it opens with a label (see `afterLabel`): `start` before its first child, the
   * strong or emphasis token it opens with while that is read, `after` once read (the label
   * ending at `labelEnd`), `break` when a line break came right after it, `none` otherwise.
   */
  label: Token | 'start' | 'after' | 'break' | 'none';
  labelEnd: number | undefined;
}

/**
 * A tokenizer's context micromark made for the parse being read, and the functions it held
 * (each of its function fields is replaced by one that calls through `calls`, see {@link releaseParse}).
 */
interface Noted {
  readonly context: Record<string, unknown>;
  readonly calls: Record<string, ((...args: unknown[]) => unknown) | undefined>;
}

/** The contexts of the parse being read. */
const noted: Noted[] = [];

/** The kinds of tokenizer micromark's parser makes, each made through a property of the parser. */
const TOKENIZERS = ['document', 'flow', 'content', 'text', 'string'] as const;

/**
 * micromark's parser, made once (combining its constructs costs more than a short stretch's
 * parse), with each of its tokenizer makers wrapped to note the context it makes.
 */
let parser: ParseContext | undefined;

/**
 * Wraps a parser's tokenizer makers so each context they make is noted, its function fields
 * replaced by forwarders through a table {@link releaseParse} can empty.
 */
function noting(made: ParseContext): ParseContext {
  for (const name of TOKENIZERS) {
    const create = made[name];
    made[name] = (from) => {
      const tokenizer = create(from);
      const context = tokenizer as unknown as Record<string, unknown>;
      const calls: Noted['calls'] = {};
      for (const key of Object.keys(context)) {
        const value = context[key];
        if (typeof value !== 'function') continue;
        calls[key] = value as (...args: unknown[]) => unknown;
        // Two arguments passed on as they come, no rest array per call: none of the context's
        // functions (`write`, `now`, `sliceSerialize`, `sliceStream`, `defineSkip`) takes more,
        // reads `arguments` or `this`, and each reads a missing argument as undefined.
        context[key] = (first?: unknown, second?: unknown): unknown =>
          (calls[key] as (...args: unknown[]) => unknown)(first, second);
      }
      noted.push({ context, calls });
      return tokenizer;
    };
  }
  return made;
}

/** Parses as remark-parse does (no extensions), to events. */
function markdownEvents(markdown: string): Event[] {
  parser ??= noting(parse());
  releaseParse();
  // The parser keeps what it learnt of the document it read (its link definitions, its lazy
  // lines): each document starts with none, as with a parser of its own.
  parser.defined = [];
  parser.lazy = {};
  return postprocess(parser.document().write(preprocess()(markdown, undefined, true)));
}

/**
 * Lets go of what the tokenizers of the parse just read hold. micromark checks whether a line
 * interrupts a paragraph with an object whose prototype is the tokenizer's context
 * (`Object.create(context)`), and V8 then keeps, until the next full collection, what that
 * makes: a map in the old generation that holds the context, and in the inline caches of the
 * constructs that read a field through such an object (`self.now()`, `self.events`), the
 * field's value — `now`, a closure over the whole tokenizer. Through them the parse of every
 * part outlived the minor collections after it and was moved to the old generation, whatever
 * the part's size (1 MB of a list item with a lazy line moved ~80 MB there). Once the events
 * are read, each context's fields are emptied and its functions (which the caches hold only as
 * the forwarding functions {@link noting} put in their place) let go of the tokenizer.
 */
function releaseParse(): void {
  for (const { context, calls } of noted) {
    for (const key of Object.keys(calls)) calls[key] = undefined;
    for (const key of Object.keys(context)) context[key] = undefined;
  }
  noted.length = 0;
}

/** Reads the events of `markdown` (at `base` in `source`) into `read`, then lets go of the parse. */
function readParse(markdown: string, source: string, base: number, read: Read): void {
  readEvents(markdownEvents(markdown), source, base, read);
  releaseParse();
}

/**
 * The blocks of a Markdown document (a piece of one, in the chunked reader): the same
 * blocks as `markdownBlocks(parseMarkdown(markdown), markdown)`, read from micromark's
 * events.
 *
 * @param markdown - The document.
 * @returns The blocks, in document order.
 * @throws TypeError when `markdown` is not a string.
 * @example
 * ```ts
 * import { markdownEventBlocks } from './markdown-events.js';
 * markdownEventBlocks('# Title\n\n- item\n').map((b) => b.kind); // ['heading', 'list-item']
 * ```
 */
export function markdownEventBlocks(markdown: string): Block[] {
  expectString('markdownEventBlocks', 'markdown', markdown);
  const blocks: Block[] = [];
  const read: Read = { blocks: arraySink(blocks), deepest: 0 };
  readInto(markdown, read);
  // As markdownBlocks does with a tree this deep (see MAX_TREE_DEPTH).
  return read.deepest > MAX_TREE_DEPTH ? textBlocks(markdown) : blocks;
}

/**
 * The blocks of {@link markdownEventBlocks}, handed to `sink` one at a time as each is
 * read, so a reader that reads each block as it comes and lets it go holds none of them
 * (V8 moves objects that are all still alive at a minor collection to the old generation
 * from then on, where they stay until the next full collection). A document whose tree
 * may be too deep to read as Markdown (see {@link mayBeTooDeep}) is read whole first, as
 * it may have to be read as plain text.
 *
 * @param markdown - The document (a part of one, in the chunked reader).
 * @param sink - Takes the blocks, in document order.
 * @internal
 */
export function readMarkdownBlocks(markdown: string, sink: BlockSink): void {
  if (mayBeTooDeep(markdown)) pushAll(markdownEventBlocks(markdown), sink);
  else readInto(markdown, { blocks: sink, deepest: 0 });
}

function readInto(markdown: string, read: Read): void {
  if (UNSEGMENTABLE.test(markdown)) readParse(markdown, markdown, 0, read);
  else readSegments(markdown, read);
}

/**
 * Whether the tree of a document may be deeper than {@link MAX_TREE_DEPTH} (see {@link treeDepthBound}).
 *
 * @internal
 */
export function mayBeTooDeep(markdown: string): boolean {
  return treeDepthBound(markdown) > MAX_TREE_DEPTH;
}

/**
 * A bound on the depth of a document's tree (its root at 0), found in one pass without
 * parsing. A node below a paragraph or heading is opened by a character of its own (`*` or
 * `_` for emphasis, `[` for a link, `<` for an autolink), so there are at most as many
 * levels of them as there are such characters. A list (two levels: the list and its item)
 * or block quote that a block sits in is opened or continued on the block's first line, by
 * a marker (`>`, `-`, `+`, `*`, `.`, `)`) or by indentation of at least two columns, so
 * there are at most as many as the markers and half the columns before that line's text.
 * With the root, the paragraph and its text, the tree is no deeper than 3 + the inline
 * openers + twice the containers of the line with the most.
 *
 * @param markdown - The document.
 * @returns The bound.
 * @internal
 */
export function treeDepthBound(markdown: string): number {
  let inline = 0;
  let containers = 0;
  let line = 0;
  let prefix = true;
  for (let index = 0; index < markdown.length; index++) {
    const code = markdown.charCodeAt(index);
    if (code === 10 || code === 13) {
      containers = Math.max(containers, line);
      line = 0;
      prefix = true;
      continue;
    }
    // `*`, `_`, `[`, `<`
    if (code === 42 || code === 95 || code === 91 || code === 60) inline++;
    if (!prefix) continue;
    // A line's prefix, up to its first other character: indentation (a tab is at most four
    // columns), `>`, `-`, `+`, `*`, `.`, `)` (the digits of an ordered marker count nothing).
    if (code === 32) line += 0.5;
    else if (code === 9) line += 2;
    else if (code === 62 || code === 45 || code === 43 || code === 42 || code === 46 || code === 41) line++;
    else if (code < 48 || code > 57) prefix = false;
  }
  containers = Math.max(containers, line);
  return 3 + inline + 2 * Math.ceil(containers);
}

/** What the reader has so far: where its blocks go, and the depth of the deepest node the tree would have (its root at 0). */
interface Read {
  readonly blocks: BlockSink;
  deepest: number;
}

/**
 * Whether a document may not be read stretch by stretch (see {@link readSegments}): nothing in it
 * may run on across a blank line into a paragraph at column 0: no fenced code or HTML block
 * that starts at the top level (inside a list or quote, a line at column 0 closes them), no
 * link definition (its label may be used anywhere in the document) — and none of the
 * characters micromark's preprocessing rewrites or steps over (carriage returns, tabs, NUL,
 * a byte-order mark).
 */
const UNSEGMENTABLE = /^ {0,3}(?:`{3}|~{3}|<)|\]:|[\r\t\0\uFEFF]/m;

/**
 * A plain line's text: nothing that could open a block (see {@link PLAIN_LINE}), and no
 * character that could start inline syntax but `_` (see {@link plainUnderscores}). A single
 * character class repeated: a pattern with alternatives inside the repetition would be
 * matched by recursion, and a line of megabytes would overflow the stack.
 */
const PLAIN_TEXT =
  String.raw`(?![-+*>#=]|\d{1,9}[.)])(?! )[^*[\]<&\\` + '`' + String.raw`~\n]*[^*_[\]<&\\` + '`' + String.raw`~\n \t]`;

/**
 * A line of a plain paragraph: no indentation, no trailing white space, nothing that could open
 * a block (heading, list, quote, setext underline, thematic break, HTML, fence) and no
 * character that could start inline syntax (emphasis, link, image, code, HTML, entity, escape;
 * `_` only between letters or digits, see {@link isPlainLine}).
 */
const PLAIN_LINE = new RegExp(`^${PLAIN_TEXT}$`);
/** A plain ATX heading on a line of its own: its content holds no `#` (no closing sequence) and no inline syntax. */
const PLAIN_HEADING = /^(#{1,6}) +([^*_[\]<&\\`~#\n ](?:[^*_[\]<&\\`~#\n]*[^*_[\]<&\\`~#\n ])?)$/;

/** A bullet list item on one line: a marker, one space, and a plain line (see {@link PLAIN_LINE}). */
const PLAIN_ITEM = new RegExp(`^([-*+]) ${PLAIN_TEXT}$`);

/** A line of a block quote of one plain paragraph: `>`, one space, and a plain line (see {@link PLAIN_LINE}). */
const PLAIN_QUOTE = new RegExp(`^> ${PLAIN_TEXT}$`);

/** The first `_` of a run with no ASCII letter or digit before it, or the last of one with none after it. */
const LOOSE_UNDERSCORE = /(?<![A-Za-z0-9_])_|_(?![A-Za-z0-9_])/;

/**
 * Whether every run of `_` in a line stands between two ASCII letters or digits ("Lise_82"):
 * flanked by them on both sides, a run can neither open nor close emphasis, and is text.
 */
function plainUnderscores(line: string): boolean {
  return !line.includes('_') || !LOOSE_UNDERSCORE.test(line);
}

/** Whether a line is a plain paragraph line (see {@link PLAIN_LINE}). */
function isPlainLine(line: string): boolean {
  return PLAIN_LINE.test(line) && plainUnderscores(line);
}

/** The marker of a plain one-line bullet item (see {@link PLAIN_ITEM}), or undefined. */
function plainItemMarker(line: string): string | undefined {
  const marker = PLAIN_ITEM.exec(line)?.[1];
  return marker !== undefined && plainUnderscores(line) ? marker : undefined;
}

/** Whether a line is a plain line of a block quote (see {@link PLAIN_QUOTE}). */
function isPlainQuote(line: string): boolean {
  return PLAIN_QUOTE.test(line) && plainUnderscores(line);
}

/** A setext heading's underline, nothing before or after it. */
const PLAIN_UNDERLINE = /^(?:=+|-+)$/;

/** A stretch of lines between blank lines, and what it is when it needs no parsing. */
interface Stretch {
  readonly start: number;
  /** Where its last line ends. */
  readonly end: number;
  /**
   * A paragraph, a heading, a list of one-line items all with one marker, a paragraph with such
   * a list right under it (`lead-list`), a block quote of one paragraph, setext headings (a
   * plain line and its underline, in turn), plain flow (see {@link walkFlow}; `indented-flow`
   * when its first line is indented), or (undefined) to be parsed.
   */
  readonly kind: StretchKind | undefined;
}

/** What a stretch read without parsing is (see {@link Stretch}). */
type StretchKind = 'paragraph' | 'heading' | 'list' | 'lead-list' | 'quote' | 'setext' | 'flow' | 'indented-flow';

/** The stretches of a document, in order. */
function stretches(markdown: string): Stretch[] {
  const found: Stretch[] = [];
  const length = markdown.length;
  let lineStart = 0;
  while (lineStart < length) {
    let lineEnd = markdown.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = length;
    // Blank lines (spaces only: tabs and carriage returns are not in a segmentable document).
    if (/^ *$/.test(markdown.slice(lineStart, lineEnd))) {
      lineStart = lineEnd + 1;
      continue;
    }
    const start = lineStart;
    let paragraph = true;
    /** The marker of every line, while each line is a plain list item with the same one. */
    let marker: string | undefined = markdown.charAt(start);
    let lines = 0;
    /** Each line so far is, in turn, a plain line and a setext underline. */
    let setext = true;
    /** Each line so far is a plain line of a block quote (see {@link PLAIN_QUOTE}). */
    let quote = true;
    /**
     * The lines so far are plain lines, then one-line plain items with one marker: a lead-in
     * paragraph and its list (a bullet item with text interrupts a paragraph). The marker once
     * the items have begun.
     */
    let lead = true;
    let leadLines = 0;
    let leadMarker: string | undefined;
    let end = lineEnd;
    for (;;) {
      const line = markdown.slice(lineStart, lineEnd);
      if (/^ *$/.test(line)) break;
      const plain = isPlainLine(line);
      paragraph &&= plain;
      setext &&= lines % 2 === 0 ? plain : PLAIN_UNDERLINE.test(line);
      if (marker !== undefined && plainItemMarker(line) !== marker) marker = undefined;
      quote &&= isPlainQuote(line);
      if (lead && leadMarker === undefined && plain) leadLines++;
      else if (lead) {
        const item = leadLines > 0 ? plainItemMarker(line) : undefined;
        if (item !== undefined && (leadMarker === undefined || item === leadMarker)) leadMarker = item;
        else lead = false;
      }
      lines++;
      end = lineEnd;
      lineStart = lineEnd + 1;
      if (lineStart >= length) break;
      lineEnd = markdown.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = length;
    }
    const kind: StretchKind | undefined = paragraph
      ? 'paragraph'
      : marker !== undefined
        ? 'list'
        : lead && leadMarker !== undefined
          ? 'lead-list'
          : quote
            ? 'quote'
            : lines === 1 && PLAIN_HEADING.test(markdown.slice(start, end))
              ? 'heading'
              : setext && lines % 2 === 0
                ? 'setext'
                : walkFlow(markdown, start, end, undefined)
                  ? markdown.charCodeAt(start) === 32
                    ? 'indented-flow'
                    : 'flow'
                  : undefined;
    found.push({ start, end, kind });
  }
  return found;
}

/**
 * Reads a document as stretches between blank lines. A stretch of plain lines after a blank line
 * (or the start) and before one (or the end) is a paragraph, or a heading, on its own at the top
 * level whatever surrounds it: its block is its text, read without parsing. So is a list of
 * plain one-line items between two such stretches (or the document's ends): nothing before it
 * is a list it could continue, and nothing after it an item or paragraph of its own. The other
 * stretches, each run of them together, are parsed with micromark as documents of their own —
 * the same blocks, since a plain paragraph at column 0 after a blank line ends every list, quote
 * and indented code before it, and nothing after it can reach back past it (the document has
 * no link definitions or top-level raw blocks: see {@link UNSEGMENTABLE}).
 */
function readSegments(markdown: string, read: Read): void {
  const all = stretches(markdown);
  /** Where the run of stretches still to be parsed starts, and where its last line ends. */
  let pendingStart = -1;
  let pendingEnd = -1;
  const parsePending = (): void => {
    if (pendingStart === -1) return;
    readParse(markdown.slice(pendingStart, pendingEnd), markdown, pendingStart, read);
    pendingStart = -1;
  };
  /** Whether no list is open after the stretch before (see {@link CLOSES}): none before the first. */
  let closed = true;
  all.forEach(({ start, end, kind }, index) => {
    const closedBefore = closed;
    // An indented paragraph leaves open what was open before it: it may be in a list item.
    closed = CLOSES.has(kind) || (kind === 'indented-flow' && closedBefore);
    const after = all[index + 1]?.kind;
    // A list after a blank line may continue a list before it, and lines after one may continue
    // it: read without parsing only between stretches that surely close it (or the ends).
    const readable =
      kind === 'list'
        ? closedBefore && (index === all.length - 1 || STARTS_AT_LEFT.has(after))
        : kind === 'lead-list'
          ? index === all.length - 1 || STARTS_AT_LEFT.has(after)
          : kind === 'indented-flow'
            ? closedBefore
            : kind !== undefined;
    if (!readable) {
      if (pendingStart === -1) pendingStart = start;
      pendingEnd = end;
      return;
    }
    parsePending();
    if (kind === 'setext') readSetext(markdown, start, end, read);
    else if (kind === 'flow' || kind === 'indented-flow') walkFlow(markdown, start, end, read);
    else if (kind === 'list') readItems(markdown, start, end, read);
    else if (kind === 'quote') readQuote(markdown, start, end, read);
    else if (kind === 'lead-list') {
      // The lead-in's lines are plain lines, the items' are not (they start with a marker).
      let itemsStart = start;
      while (isPlainLine(markdown.slice(itemsStart, markdown.indexOf('\n', itemsStart))))
        itemsStart = markdown.indexOf('\n', itemsStart) + 1;
      readPlain(markdown, start, itemsStart - 1, 'paragraph', read);
      readItems(markdown, itemsStart, end, read);
    } else readPlain(markdown, start, end, kind === 'heading' ? 'heading' : 'paragraph', read);
  });
  parsePending();
}

/**
 * Stretches that start at the left margin with a line that closes every list and quote open
 * before it, and leave none open after them (a block quote is closed by the blank line after
 * it): what comes after a blank line after one starts afresh.
 */
const CLOSES: ReadonlySet<StretchKind | undefined> = new Set<StretchKind>([
  'paragraph',
  'heading',
  'quote',
  'setext',
  'flow',
]);

/**
 * Stretches whose first line, at the left margin after a blank line, cannot continue a list
 * before it: a plain line, heading, thematic break or quotation mark, not indented and not a
 * list item.
 */
const STARTS_AT_LEFT: ReadonlySet<StretchKind | undefined> = new Set<StretchKind>([
  'paragraph',
  'heading',
  'lead-list',
  'quote',
  'setext',
  'flow',
]);

/** Reads a stretch of plain one-line list items (see {@link PLAIN_ITEM}): one list, led in by the block before it. */
function readItems(markdown: string, start: number, end: number, read: Read): void {
  read.deepest = Math.max(read.deepest, 4);
  const leadIn = read.blocks.length > 0 ? read.blocks.length - 1 : undefined;
  for (let lineStart = start; lineStart < end;) {
    let lineEnd = markdown.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const text = markdown.slice(lineStart + 2, lineEnd);
    const block: Block = {
      kind: 'list-item',
      depth: 0,
      text,
      pieces: [{ textStart: 0, sourceStart: lineStart + 2, length: text.length }],
    };
    if (text.trim() !== '') {
      addBlock(read.blocks, block, leadIn, []);
      settle(read.blocks);
    }
    lineStart = lineEnd + 1;
  }
}

/** Reads a plain paragraph (its lines as they stand) or a plain ATX heading (see {@link PLAIN_HEADING}). */
function readPlain(markdown: string, start: number, end: number, kind: 'heading' | 'paragraph', read: Read): void {
  const heading = kind === 'heading' ? PLAIN_HEADING.exec(markdown.slice(start, end)) : null;
  read.deepest = Math.max(read.deepest, 2);
  const text = heading ? (heading[2] as string) : markdown.slice(start, end);
  const sourceStart = heading ? end - text.length : start;
  const block: Block = {
    kind: heading ? 'heading' : 'paragraph',
    depth: heading ? (heading[1] as string).length : 0,
    text,
    pieces: [{ textStart: 0, sourceStart, length: text.length }],
  };
  if (text.trim() !== '') {
    addBlock(read.blocks, block, undefined, []);
    settle(read.blocks);
  }
}

/**
 * Reads a block quote of one plain paragraph (see {@link PLAIN_QUOTE}): its text is its lines
 * without their `> `, joined by line endings, each placed where it stands.
 */
function readQuote(markdown: string, start: number, end: number, read: Read): void {
  read.deepest = Math.max(read.deepest, 3);
  let value = '';
  for (let lineStart = start; lineStart < end;) {
    let lineEnd = markdown.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    value += (lineStart === start ? '' : '\n') + markdown.slice(lineStart + 2, lineEnd);
    lineStart = lineEnd + 1;
  }
  const pieces: Piece[] = [];
  const text = appendText('', pieces, value, markdown, start + 2, end);
  if (text.trim() === '') return;
  addBlock(read.blocks, { kind: 'paragraph', depth: 0, text, pieces }, undefined, []);
  settle(read.blocks);
}

/**
 * Reads a stretch of setext headings, each a plain line (see {@link PLAIN_LINE}) and its
 * underline, without parsing: the heading's text is its line; `=` makes a first-level heading,
 * `-` a second. (micromark looks back over all the events of a document for the paragraph
 * above each underline, and makes its parser's context a prototype for every line it checks:
 * a megabyte of them parsed in parts moved ~280 MB to the old generation.)
 */
function readSetext(markdown: string, start: number, end: number, read: Read): void {
  read.deepest = Math.max(read.deepest, 2);
  for (let lineStart = start; lineStart < end;) {
    const lineEnd = markdown.indexOf('\n', lineStart);
    const underline = markdown.indexOf('\n', lineEnd + 1);
    const text = markdown.slice(lineStart, lineEnd);
    const block: Block = {
      kind: 'heading',
      depth: markdown.charAt(lineEnd + 1) === '=' ? 1 : 2,
      text,
      pieces: [{ textStart: 0, sourceStart: lineStart, length: text.length }],
    };
    addBlock(read.blocks, block, undefined, []);
    settle(read.blocks);
    lineStart = underline === -1 || underline > end ? end : underline + 1;
  }
}

/** A thematic break of `*` or `_` on a line of its own: it ends a paragraph before it. */
const STAR_BREAK = /^(?:\*{3,}|_{3,})$/;
/** A thematic break of `-` on a line of its own (under a paragraph line it is a setext underline instead). */
const DASH_BREAK = /^-{3,}$/;

/**
 * Walks a stretch of plain flow without blank lines: plain ATX headings (see
 * {@link PLAIN_HEADING}), thematic breaks, and paragraphs of plain lines (see
 * {@link PLAIN_LINE}; a paragraph's first line may be indented up to three spaces, its later
 * lines any number), each paragraph
 * left as it is, closed by a heading or a `***`/`___` break, or made a heading by a setext
 * underline right under it. Such a stretch is read without parsing, as {@link readSetext}
 * reads a run of plain setext headings: micromark checks every line after a paragraph's first
 * for an interruption with an object whose prototype is its tokenizer's context, and V8 keeps
 * the parse that context holds until the next full collection (1 MB of a heading, a break and
 * a two-line setext heading, repeated, moved some 120 MB to the old generation).
 *
 * With `read` undefined, only tells whether every line is one of these; with `read`, reads
 * the blocks into it (as the event reader would: a paragraph's or setext heading's text is
 * its lines without their indentation, joined by line endings).
 *
 * @returns Whether the stretch is plain flow (always true when reading one).
 */
function walkFlow(markdown: string, start: number, end: number, read: Read | undefined): boolean {
  /** The open paragraph: where its first line starts, where its last ends, and its text. */
  let paragraph: { start: number; end: number; value: string } | undefined;
  const close = (kind: 'paragraph' | 'heading', depth: number): void => {
    const open = paragraph as { start: number; end: number; value: string };
    paragraph = undefined;
    if (read === undefined) return;
    const pieces: Piece[] = [];
    const text = appendText('', pieces, open.value, markdown, open.start, open.end);
    if (text.trim() === '') return;
    addBlock(read.blocks, { kind, depth, text, pieces }, undefined, []);
    settle(read.blocks);
  };
  if (read !== undefined) read.deepest = Math.max(read.deepest, 2);
  for (let lineStart = start; lineStart < end;) {
    let lineEnd = markdown.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const line = markdown.slice(lineStart, lineEnd);
    const heading = PLAIN_HEADING.exec(line);
    if (paragraph !== undefined && PLAIN_UNDERLINE.test(line)) close('heading', line.startsWith('=') ? 1 : 2);
    else if (heading !== null || STAR_BREAK.test(line) || (paragraph === undefined && DASH_BREAK.test(line))) {
      if (paragraph !== undefined) close('paragraph', 0);
      const text = heading?.[2];
      if (text !== undefined && text.trim() !== '' && read !== undefined) {
        const block: Block = {
          kind: 'heading',
          depth: (heading?.[1] as string).length,
          text,
          pieces: [{ textStart: 0, sourceStart: lineEnd - text.length, length: text.length }],
        };
        addBlock(read.blocks, block, undefined, []);
        settle(read.blocks);
      }
    } else {
      // A line's indentation is not its text; a paragraph's first line may be indented up to
      // three spaces (four would be code). The first line of a stretch that is indented is read
      // so only where nothing before can be open (see `indented-flow` in readSegments).
      const indent = /^ */.exec(line)?.[0].length ?? 0;
      if (paragraph === undefined && indent > 3) return false;
      const text = indent === 0 ? line : line.slice(indent);
      if (!isPlainLine(text)) return false;
      if (paragraph === undefined) paragraph = { start: lineStart + indent, end: lineEnd, value: text };
      else {
        paragraph.end = lineEnd;
        paragraph.value += `\n${text}`;
      }
    }
    lineStart = lineEnd + 1;
  }
  if (paragraph !== undefined) close('paragraph', 0);
  return true;
}

/** Inline tokens that start a node of the tree where they stand (others are parts of one, or none). */
const INLINE_NODES = new Set([
  'data',
  'characterEscape',
  'characterReference',
  'autolink',
  'emphasis',
  'strong',
  'link',
  'image',
  'codeText',
  'htmlText',
  'hardBreakEscape',
  'hardBreakTrailing',
  'lineEnding',
]);

/**
 * Where a paragraph's label stands after a token enters among its children, read as
 * `afterLabel` reads the tree: a strong or emphasis token that opens the paragraph may be a
 * label, and it is one when a line break (hard, or a soft one's line ending) comes right after it.
 */
function labelled(phrasing: Phrasing, token: Token): Phrasing['label'] {
  const type = token.type;
  if (!INLINE_NODES.has(type)) return phrasing.label;
  if (phrasing.label === 'start') return type === 'strong' || type === 'emphasis' ? token : 'none';
  return type === 'hardBreakEscape' || type === 'hardBreakTrailing' || type === 'lineEnding' ? 'break' : 'none';
}

/**
 * Reads the blocks, and the depth of the deepest node the tree would have (its root at 0):
 * a list counts twice, for itself and its open item; a link's text sits in the link.
 */
function readEvents(events: readonly Event[], source: string, base: number, read: Read): void {
  const blocks = read.blocks;
  const containers: Container[] = [{ list: false, leadIn: undefined }];
  let phrasing: Phrasing | undefined;
  /** Content that is not in the tree's text (a link's destination, an image's alt, code, HTML) runs until this token exits. */
  let skipUntil: Token | undefined;
  /** The value of inline HTML being read (the tree keeps it to tell word-joining tags). */
  let html: string | undefined;
  let link: Token | undefined;
  // mdast-util-from-markdown's flags.
  let atHardBreak = false;
  let setextSlurpLineEnding = false;
  let numericReference: 10 | 16 | undefined;
  /** The depth of the tree node the events are in, and of the deepest node so far. */
  let depth = 0;
  let deepest = read.deepest;
  /** A node at `depth + 1`: a leaf, or a parent entered with `depth++` after. */
  const node = (): void => {
    if (depth >= deepest) deepest = depth + 1;
  };

  const flush = (block: Phrasing): void => {
    const text = block.pending;
    if (text === undefined) return;
    block.pending = undefined;
    // A word split by inline HTML is one word: drop the spaces the HTML left between its letters.
    if (
      block.joinFrom !== undefined &&
      ENDS_WITH_LETTER().test(block.text.slice(0, block.joinFrom)) &&
      STARTS_WITH_LETTER().test(text.value)
    )
      block.text = block.text.slice(0, block.joinFrom);
    block.joinFrom = undefined;
    block.text = appendText(block.text, block.pieces, text.value, source, text.start, text.end);
  };
  /** A node that is read as a space: a line break, code, HTML or an image. */
  const space = (block: Phrasing, value: string | undefined): void => {
    flush(block);
    if (value !== undefined && WORD_JOINING_HTML.test(value)) block.joinFrom ??= block.text.length;
    else block.joinFrom = undefined;
    block.text += ' ';
  };
  const data = (block: Phrasing, token: Token): void => {
    if (block.pending === undefined) {
      node();
      block.pending = { value: '', start: token.start.offset + base, end: token.end.offset + base };
    }
  };

  for (const [kind, token, context] of events) {
    const type = token.type;
    if (kind === 'exit' && type === 'lineEnding' && atHardBreak) {
      atHardBreak = false;
      continue;
    }
    if (skipUntil !== undefined) {
      if (kind === 'exit' && token === skipUntil) {
        skipUntil = undefined;
        if (phrasing === undefined) continue;
        if (type === 'htmlText') space(phrasing, html);
        else if (type === 'codeText') space(phrasing, undefined);
        html = undefined;
        if (type === 'link') {
          link = undefined;
          depth--;
        }
      } else if (html !== undefined && kind === 'exit' && (type === 'htmlTextData' || type === 'lineEnding'))
        html += context.sliceSerialize(token);
      else if (kind === 'exit' && (type === 'hardBreakEscape' || type === 'hardBreakTrailing')) atHardBreak = true;
      continue;
    }
    if (phrasing === undefined) {
      if (kind === 'enter') {
        if (type === 'paragraph' || type === 'atxHeading' || type === 'setextHeading') {
          node();
          depth++;
          phrasing = {
            kind: type === 'paragraph' ? 'paragraph' : 'heading',
            depth: 0,
            text: '',
            pieces: [],
            joinFrom: undefined,
            pending: undefined,
            inline: depth,
            label: type === 'paragraph' ? 'start' : 'none',
            labelEnd: undefined,
          };
        } else if (type === 'blockQuote') {
          node();
          depth++;
          containers.push({ list: false, leadIn: (containers.at(-1) as Container).leadIn });
        } else if (type === 'listOrdered' || type === 'listUnordered') {
          // The list, and its item (the tree opens one at the list's first marker).
          node();
          depth++;
          node();
          depth++;
          containers.push({ list: true, leadIn: blocks.length > 0 ? blocks.length - 1 : undefined });
        } else if (type === 'codeFenced' || type === 'codeIndented' || type === 'htmlFlow' || type === 'definition') {
          node();
          skipUntil = token;
        } else if (type === 'thematicBreak') node();
      } else if (type === 'blockQuote') {
        depth--;
        containers.pop();
      } else if (type === 'listOrdered' || type === 'listUnordered') {
        depth -= 2;
        containers.pop();
      }
      continue;
    }
    if (kind === 'enter') {
      if (depth === phrasing.inline && (phrasing.label === 'start' || phrasing.label === 'after'))
        phrasing.label = labelled(phrasing, token);
      switch (type) {
        case 'data':
        case 'characterEscape':
        case 'characterReference':
        case 'autolinkProtocol':
        case 'autolinkEmail':
          data(phrasing, token);
          break;
        case 'emphasis':
        case 'strong':
        case 'autolink':
          flush(phrasing);
          node();
          depth++;
          break;
        case 'label':
          flush(phrasing);
          break;
        case 'link':
          flush(phrasing);
          node();
          depth++;
          link = token;
          break;
        case 'image':
          space(phrasing, undefined);
          node();
          skipUntil = token;
          break;
        case 'codeText':
          flush(phrasing);
          node();
          skipUntil = token;
          break;
        case 'htmlText':
          flush(phrasing);
          node();
          skipUntil = token;
          html = '';
          break;
        case 'hardBreakEscape':
        case 'hardBreakTrailing':
          if (
            phrasing.label === 'break' &&
            phrasing.pending === undefined &&
            phrasing.text.length === phrasing.labelEnd
          ) {
            // The break after a label ends its line, as a soft one does.
            flush(phrasing);
            phrasing.joinFrom = undefined;
            phrasing.text += '\n';
          } else space(phrasing, undefined);
          node();
          break;
        default:
      }
      continue;
    }
    switch (type) {
      case 'data':
      case 'characterEscapeValue':
      case 'autolinkProtocol':
      case 'autolinkEmail': {
        const text = phrasing.pending as PendingText;
        text.value += context.sliceSerialize(token);
        text.end = token.end.offset + base;
        break;
      }
      case 'characterReferenceMarkerNumeric':
        numericReference = 10;
        break;
      case 'characterReferenceMarkerHexadecimal':
        numericReference = 16;
        break;
      case 'characterReferenceValue': {
        const value = context.sliceSerialize(token);
        const text = phrasing.pending as PendingText;
        if (numericReference === undefined) text.value += decodeNamedCharacterReference(value) as string;
        else text.value += decodeNumericCharacterReference(value, numericReference);
        numericReference = undefined;
        break;
      }
      case 'characterReference':
        (phrasing.pending as PendingText).end = token.end.offset + base;
        break;
      case 'lineEnding':
        if (!setextSlurpLineEnding) {
          data(phrasing, token);
          const text = phrasing.pending as PendingText;
          text.value += context.sliceSerialize(token);
          text.end = token.end.offset + base;
        }
        break;
      case 'hardBreakEscape':
      case 'hardBreakTrailing':
        atHardBreak = true;
        break;
      case 'emphasis':
      case 'strong':
      case 'autolink':
        flush(phrasing);
        depth--;
        if (token === phrasing.label) {
          phrasing.label = 'after';
          phrasing.labelEnd = phrasing.text.length;
        }
        break;
      case 'label':
        flush(phrasing);
        // What follows a link's text (destination, title, reference) is not text.
        skipUntil = link;
        break;
      case 'atxHeadingSequence':
        if (phrasing.depth === 0) phrasing.depth = context.sliceSerialize(token).length;
        break;
      case 'setextHeadingText':
        setextSlurpLineEnding = true;
        break;
      case 'setextHeadingLineSequence':
        phrasing.depth = context.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
        break;
      case 'paragraph':
      case 'atxHeading':
      case 'setextHeading': {
        setextSlurpLineEnding = false;
        flush(phrasing);
        depth--;
        const container = containers.at(-1) as Container;
        const block = blockOf(
          phrasing.kind === 'heading' ? 'heading' : container.list ? 'list-item' : 'paragraph',
          phrasing.kind === 'heading' ? phrasing.depth : 0,
          phrasing.text,
          phrasing.pieces,
          { label: phrasing.label === 'break' && isLabelled(phrasing.text, phrasing.labelEnd) ? true : undefined },
        );
        phrasing = undefined;
        if (block.text.trim() !== '') {
          const open = blocks.settle ? containers.map((container) => container.leadIn) : undefined;
          addBlock(blocks, block, container.list ? container.leadIn : undefined, open);
          if (open) settle(blocks, open);
        }
        break;
      }
      default:
    }
  }
  read.deepest = deepest;
}
