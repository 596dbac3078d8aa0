/**
 * Plain text → blocks. Paragraphs are separated by blank lines; a line starting with
 * a bullet (•, -, *, –, "1.") is a list item; a short line standing alone without
 * final punctuation is a heading; a subtitle cue's number and timing line are left out.
 *
 * @module
 */
import { blockOf, isPipeTable, type Block } from '../claims/block.js';
import { expectString } from '../guard.js';
import { arraySink, type BlockSink, settle } from './block-sink.js';
import { lazyPattern } from '../lazy-pattern.js';

/** The longest line read as a heading. */
const HEADING_LENGTH = 80;

/** The longest first line read as the document's title. */
const TITLE_LENGTH = 160;

/** A bullet ("•", "-", "1.", or a symbol such as "✅"); not "–", which in Norwegian opens a quotation. */
const BULLET = lazyPattern(String.raw`^[ \t]*(?:[•◦▪·‣●\-*]|\d{1,3}[.)]|[\p{So}\p{Sm}]\uFE0F?)[ \t]+`, 'u');

/** A line that starts as a sentence or a heading does: a capital, a digit or an opening quotation mark. */
const STARTS_SENTENCE = lazyPattern(String.raw`^[\p{Lu}\p{N}"«“]`, 'u');

/** A line that starts with a capital or a digit. */
const STARTS_UPPER = lazyPattern(String.raw`^[\p{Lu}\p{N}]`, 'u');

/** A line that starts in lower case: the rest of a sentence wrapped from the line before. */
const STARTS_LOWER = lazyPattern(String.raw`^[ \t]*\p{Ll}`, 'u');

/** Sentence punctuation at the end of a line (before a closing quote or bracket). */
const ENDS_SENTENCE = /[.!:;,]["'”’)\]]?$/;

/**
 * Punctuation that ends what a list item's line says: a comma does not ("5. … As far as I am aware," /
 * "the only fat-dissolving injection …" is one item whose sentence wraps).
 */
const ENDS_ITEM_LINE = /[.!:;]["'”’)\]]?$/;

/** A subtitle cue's timing line (SRT, WebVTT): "00:12:07,200 --> 00:12:11,480". */
const TIMECODE =
  /^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}(?:[ \t].*)?$/;

/** A line of digits only: a subtitle cue's number, right before its timing line. */
const CUE_NUMBER = /^[ \t]*\d+[ \t]*$/;

/** What is not a letter, digit or punctuation at the end of a line. */
const TRAILING_SYMBOLS = lazyPattern(String.raw`[^\p{L}\p{N}\p{P}]+$`, 'u');

/** A line without the emoji and other symbols after its last word. (Only call on a short line: the pattern backtracks on a long one.) */
function trailingSymbolsRemoved(line: string): string {
  return line.replace(TRAILING_SYMBOLS(), '');
}

/**
 * Splits plain text into blocks, keeping exact offsets into the text.
 *
 * @param text - The text.
 * @returns The blocks, in order.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { textBlocks } from './text-blocks.js';
 * textBlocks('Title\n\nUsed against:\n• cellulite\n').map((b) => b.kind); // ['heading', 'paragraph', 'list-item']
 * ```
 */
export function textBlocks(text: string): Block[] {
  expectString('textBlocks', 'text', text);
  const blocks: Block[] = [];
  readTextBlocks(text, arraySink(blocks));
  return blocks;
}

/**
 * The blocks of {@link textBlocks}, handed to `sink` one at a time as each is read, and
 * `sink` told after each (see {@link settle}) which earlier ones a later block may still
 * name as its lead-in: a reader that reads each block and lets it go holds none of them.
 * A list item is handed on when the line after it is read, as that line may continue it.
 *
 * @param text - The text (a piece of a document, in the chunked reader).
 * @param sink - Takes the blocks, in order.
 * @internal
 */
export function readTextBlocks(text: string, sink: BlockSink): void {
  let paragraph: { start: number; end: number; lines: number } | undefined;
  let lastNonItem: number | undefined;
  let inList = false;
  /** The list item of a bullet line, until the next line shows whether it continues it. */
  let pending: Block | undefined;
  /** In a paragraph of several lines, the line ending in ":" whose short lines after it are its list. */
  let listLead: number | undefined;
  /** Items of short numbered lines without sentence punctuation ("2) MESOTERAPI OG CELLULITTER"): titles, if a sentence follows. */
  const titles = new WeakSet<Block>();

  /** The number of blocks so far. */
  const count = (): number => sink.length + (pending === undefined ? 0 : 1);
  const release = (): void => {
    if (pending === undefined) return;
    const item = pending;
    pending = undefined;
    sink.push(item);
    settle(sink, [lastNonItem, listLead]);
  };
  const push = (block: Block): void => {
    release();
    sink.push(block);
    settle(sink, [lastNonItem, listLead]);
  };
  const hold = (item: Block, title: boolean): void => {
    release();
    pending = item;
    if (title) titles.add(item);
  };

  const flushParagraph = (standalone: boolean): void => {
    if (!paragraph) return;
    if (paragraph.lines > 1) {
      const { start, end } = paragraph;
      paragraph = undefined;
      splitLines(start, end, standalone);
      return;
    }
    flushParagraphAs(standalone);
  };

  const flushParagraphAs = (standalone: boolean): void => {
    if (!paragraph) return;
    const raw = text.slice(paragraph.start, paragraph.end);
    // A short line standing alone without final punctuation is a heading; the first line of
    // a document (its title) may be longer.
    const limit = count() === 0 ? TITLE_LENGTH : HEADING_LENGTH;
    // Emoji and other symbols after the last word do not hide a sentence's final punctuation.
    // (Only on a short line: the trailing-symbols pattern backtracks on a long one.)
    const trimmed = raw.trim();
    const heading =
      standalone &&
      paragraph.lines === 1 &&
      trimmed.length <= limit &&
      !ENDS_SENTENCE.test(trailingSymbolsRemoved(trimmed));
    const block = makeBlock(heading ? 'heading' : 'paragraph', heading ? 2 : 0, paragraph.start, raw);
    paragraph = undefined;
    if (isPipeTable(block)) return;
    push(block);
    lastNonItem = count() - 1;
  };

  /**
   * A paragraph of several lines: a short line without sentence punctuation that is followed
   * by a line break and a new start (a capital or a digit) is a heading, not the start of a
   * sentence that runs on into the next line; after a line ending in ":" such lines are list
   * items. Lines that wrap a sentence (the next starts in lower case) stay one paragraph.
   */
  const splitLines = (start: number, end: number, standalone: boolean): void => {
    const lines: { start: number; end: number }[] = [];
    for (let at = start; at <= end;) {
      let stop = text.indexOf('\n', at);
      if (stop === -1 || stop > end) stop = end;
      const content = text.slice(at, stop).replace(/\r$/, '');
      lines.push({ start: at, end: at + content.length });
      at = stop + 1;
    }
    let run: { start: number; end: number; lines: number } | undefined;
    listLead = undefined;
    const flushRun = (): void => {
      if (!run) return;
      paragraph = run;
      run = undefined;
      const before = count();
      flushParagraphAs(false);
      const last = pending ?? sink.last;
      listLead = count() > before && last && /:\s*$/.test(last.text) ? count() - 1 : undefined;
    };
    lines.forEach((line, index) => {
      const content = text.slice(line.start, line.end).trim();
      const next = lines[index + 1];
      const nextStart = next ? text.slice(next.start, next.end).trimStart() : '';
      const unpunctuated = content.length <= HEADING_LENGTH && !ENDS_SENTENCE.test(trailingSymbolsRemoved(content));
      if (listLead !== undefined && unpunctuated) {
        push(makeBlock('list-item', 0, line.start, text.slice(line.start, line.end), listLead));
        return;
      }
      listLead = undefined;
      if (unpunctuated && next !== undefined && STARTS_SENTENCE().test(nextStart) && !run) {
        push(makeBlock('heading', 2, line.start, text.slice(line.start, line.end)));
        lastNonItem = count() - 1;
        return;
      }
      if (run) {
        run.end = line.end;
        run.lines++;
      } else run = { start: line.start, end: line.end, lines: 1 };
      // A line ending in ":" closes its paragraph: the short lines after it are its list.
      if (/:\s*$/.test(content) || (unpunctuated && next !== undefined && STARTS_UPPER().test(nextStart))) flushRun();
    });
    if (run) {
      paragraph = run;
      run = undefined;
      flushParagraphAs(standalone);
    }
    listLead = undefined;
  };

  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const contentEnd = lineStart + line.length;
    if (line.trim() === '') {
      flushParagraph(true);
      inList = false;
    } else if (TIMECODE.test(line)) {
      // A subtitle cue's number and timing are no text: the cue's lines after them are.
      if (paragraph?.lines === 1 && CUE_NUMBER.test(text.slice(paragraph.start, paragraph.end))) paragraph = undefined;
      flushParagraph(true);
      inList = false;
    } else {
      const bullet = BULLET().exec(line);
      if (bullet) {
        flushParagraph(false);
        if (!inList) inList = true;
        const start = lineStart + bullet[0].length;
        const content = text.slice(start, contentEnd).trim();
        const title =
          /^[ \t]*\d/.test(bullet[0]) &&
          content.length <= HEADING_LENGTH &&
          !ENDS_SENTENCE.test(trailingSymbolsRemoved(content));
        hold(makeBlock('list-item', 0, start, text.slice(start, contentEnd), lastNonItem), title);
      } else if (
        inList &&
        pending !== undefined &&
        (/^[ \t]+/.test(line) || (STARTS_LOWER().test(line) && !ENDS_ITEM_LINE.test(pending.text.trimEnd())))
      ) {
        // A continuation line of the list item above (while in a list, the last block is
        // its item, not yet handed on): indented, or a sentence the item's line left unfinished
        // going on in lower case ("- Mesoterapi mot magefett eller" / "cellulitter har vi …", a
        // dash quotation wrapped on teletext).
        const item = pending;
        const start = item.pieces[0]?.sourceStart ?? lineStart;
        pending = makeBlock('list-item', 0, start, text.slice(start, contentEnd), item.leadIn);
      } else {
        // A numbered short line without sentence punctuation with a sentence right under it is a
        // numbered section's title ("1) PRP MOT ARVELIG HÅRTAP" / "En ny metaanalyse …"), not a list item.
        if (pending !== undefined && titles.has(pending) && STARTS_SENTENCE().test(line)) {
          const title = pending;
          pending = undefined;
          const start = title.pieces[0]?.sourceStart ?? lineStart;
          push(makeBlock('heading', 2, start, title.text));
          lastNonItem = count() - 1;
        }
        if (inList) inList = false;
        if (paragraph) {
          paragraph.end = contentEnd;
          paragraph.lines++;
        } else {
          paragraph = { start: lineStart, end: contentEnd, lines: 1 };
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  flushParagraph(true);
  release();
}

function makeBlock(kind: Block['kind'], depth: number, start: number, raw: string, leadIn?: number): Block {
  return blockOf(kind, depth, raw, [{ textStart: 0, sourceStart: start, length: raw.length }], { leadIn });
}
