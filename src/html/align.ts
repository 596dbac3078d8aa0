/**
 * Maps the text a reader sees back to the HTML source it came from. The parser decodes
 * character references (`&amp;`, `&#248;`) and line endings, and the reader collapses
 * white space; each character of the seen text is matched to the source character it
 * came from, so a finding's position points into the page as saved.
 *
 * @module
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Piece } from '../claims/block.js';

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/y;
const RAW_TEXT = /<(script|style|template|noscript|textarea|title|xmp|iframe|noembed|noframes)\b/iy;
const WHITE_SPACE = /[\t\n\f\r ]/;
const WORD = /[^\t\n\f\r &<]{1,16}/y;

/** What a character reference at `at` stands for, and how long it is; `undefined` when there is none. */
function reference(source: string, at: number): { text: string; length: number } | undefined {
  REFERENCE.lastIndex = at;
  const match = REFERENCE.exec(source);
  if (!match) return undefined;
  const [whole, hex, decimal, name] = match;
  if (name !== undefined) {
    // Named references may end without ";" (legacy ones); try the longest that is known.
    for (let end = name.length; end > 1; end--) {
      const decoded = decodeNamedCharacterReference(name.slice(0, end));
      if (decoded !== false) {
        const withSemicolon = end === name.length && whole.endsWith(';');
        return { text: decoded, length: 1 + end + (withSemicolon ? 1 : 0) };
      }
    }
    return undefined;
  }
  const code = Number.parseInt(hex ?? decimal ?? '', hex === undefined ? 10 : 16);
  const text = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  return { text, length: whole.length };
}

/** `</name` of each raw-text element, in any case, searched from a place (never by lower-casing the page). */
const RAW_TEXT_CLOSE = new Map<string, RegExp>();

function rawTextClose(name: string): RegExp {
  const key = name.toLowerCase();
  let close = RAW_TEXT_CLOSE.get(key);
  if (!close) {
    close = new RegExp(`</${key}`, 'gi');
    RAW_TEXT_CLOSE.set(key, close);
  }
  return close;
}

/** Where markup that starts at `at` (a tag, a comment, an element whose content is not text) ends. */
function skipMarkup(source: string, at: number, end: number): number {
  if (source.startsWith('<!--', at)) {
    const close = source.indexOf('-->', at + 4);
    return close === -1 || close + 3 > end ? end : close + 3;
  }
  RAW_TEXT.lastIndex = at;
  const raw = RAW_TEXT.exec(source);
  if (raw) {
    const closeTag = rawTextClose(raw[1] as string);
    closeTag.lastIndex = at + raw[0].length;
    const close = closeTag.exec(source)?.index ?? -1;
    if (close !== -1 && close < end) at = close;
  }
  const gt = source.indexOf('>', at + 1);
  return gt === -1 || gt + 1 > end ? end : gt + 1;
}

/**
 * How far ahead (UTF-16 units) the next word of text that is not written here is looked
 * for: far enough for what the reader adds or drops around an element (the quotes of a
 * `<q>`, a ruby annotation), and a bound, so that each such character costs at most this
 * much, and the whole alignment stays linear in the page. Elements left out of the text
 * (scripts, hidden parts, navigation) are stepped over whole, whatever their size, by
 * their place in the source (`skips`), not searched through.
 */
const SEARCH_WINDOW = 1_024;

/** Where `word` is written in `source` from `from`, before `limit`; -1 when it is not. */
function indexBefore(source: string, word: string, from: number, limit: number): number {
  if (limit - from < word.length) return -1;
  const found = source.slice(from, limit).indexOf(word);
  return found === -1 ? -1 : from + found;
}

/**
 * Matches the text a reader sees (`value`) with the HTML source between `start` and
 * `end` it was read from, as pieces of the block being built: characters that stand in
 * the source as they are map one to one; a collapsed run of white space maps to its first
 * character; a character reference maps to where it is written; tags and comments in
 * between (of elements left out of the text) are stepped over. What cannot be matched
 * keeps the place reached, so positions stay in order and inside the span.
 *
 * @param value - The text as seen.
 * @param source - The HTML source.
 * @param start - Where the text's span starts in the source.
 * @param end - Where it ends (exclusive).
 * @param textStart - Where `value` starts in the block's text.
 * @param skips - Where each element left out of the text starts in the source → where it ends.
 * @returns The pieces, in order.
 * @example
 * ```ts
 * import { alignText } from './align.js';
 * const source = '<p>Fat &amp;\n   cellulite</p>';
 * alignText('Fat & cellulite', source, 3, 25, 0).map((p) => p.sourceStart); // [3, 7, 12, 16]
 * ```
 */
export function alignText(
  value: string,
  source: string,
  start: number,
  end: number,
  textStart: number,
  skips: ReadonlyMap<number, number> = new Map(),
): Piece[] {
  const pieces: Piece[] = [];
  let last: { textStart: number; sourceStart: number; length: number } | undefined;
  const add = (text: number, at: number, length: number): void => {
    if (last && last.textStart + last.length === text && last.sourceStart + last.length === at) {
      last.length += length;
      return;
    }
    last = { textStart: text, sourceStart: at, length };
    pieces.push(last);
  };
  let i = 0;
  let j = start;
  while (i < value.length) {
    if (j >= end) {
      add(textStart + i, end, 0);
      break;
    }
    const seen = value[i] as string;
    const written = source[j] as string;
    const ref = written === '&' ? reference(source, j) : undefined;
    if (ref && value.startsWith(ref.text, i)) {
      add(textStart + i, j, 0);
      i += ref.text.length;
      j += ref.length;
      // The reference's end, so that a claim ending on it ends after it.
      add(textStart + i, j, 0);
    } else if (seen === written) {
      add(textStart + i, j, 1);
      i++;
      j++;
    } else if (WHITE_SPACE.test(seen) && WHITE_SPACE.test(written)) {
      add(textStart + i, j, 1);
      i++;
      j++;
      while (j < end && WHITE_SPACE.test(source[j] as string)) j++;
    } else if (WHITE_SPACE.test(written)) {
      j++;
    } else if (written === '<') {
      const skipTo = skips.get(j);
      j = skipTo !== undefined && skipTo > j ? Math.min(skipTo, end) : skipMarkup(source, j, end);
    } else {
      // Text that is not in the source here (the content of an element left out between
      // two runs of text): go on at the next place the coming word is written.
      WORD.lastIndex = i;
      const word = WORD.exec(value)?.[0];
      const next = word === undefined ? -1 : indexBefore(source, word, j, Math.min(end, j + SEARCH_WINDOW));
      if (next !== -1) j = next;
      else {
        add(textStart + i, j, 0);
        i++;
      }
    }
  }
  return pieces;
}
