/**
 * Sentence splitting, in one linear pass (Intl.Segmenter is quadratic on long
 * strings in Node 20, and misses run-together sentences such as "hår.Studier").
 *
 * @module
 */
import { foldWord } from './fold.js';
import { lazyPattern } from '../lazy-pattern.js';

/**
 * A sentence: offsets into the text that was split, and whether it asks a question.
 *
 * @example
 * ```ts
 * import type { SentenceSpan } from './segment.js';
 * const span: SentenceSpan = { start: 0, end: 12, question: false };
 * ```
 */
export interface SentenceSpan {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset after the last character (trailing space excluded). */
  readonly end: number;
  /** True when the sentence ends with a question mark. */
  readonly question: boolean;
}

/** The longest sentence read as one, in UTF-16 units; longer ones are read in pieces. */
const MAX_SENTENCE = 1000;

const UPPER = lazyPattern(String.raw`\p{Lu}`, 'u');
const LOWER = lazyPattern(String.raw`\p{Ll}`, 'u');
const LETTER = lazyPattern(String.raw`\p{L}`, 'u');
/** A line that opens with a date or time in brackets: "[08/02/2026, 19:12]", "[00:02:22]". */
const TIMESTAMP_LINE = lazyPattern(String.raw`^[ \t]*\[\d{1,4}[/:.\-]\d`, 'u');

/**
 * Splits text into sentences. A sentence ends at `.`, `!`, `?` or `…` followed by
 * space and a capital, digit, quote or bullet (after a bare `?`, by space and anything); or directly followed by a capital and a
 * lower-case letter ("hår.Studier"); never after a known abbreviation or an initial.
 * A line ending in ":" also ends a sentence, and so does a block's label line (see `Block.label`).
 *
 * @param text - The text of one block (a paragraph, list item or heading).
 * @param abbreviations - Folded abbreviations (without the final full stop).
 * @param label - Whether the text's first line is a label ("**Ida · 19:09**" over a chat message).
 * @returns The sentences, in order; blank stretches are left out.
 * @example
 * ```ts
 * import { splitSentences } from './segment.js';
 * splitSentences('Fint hår.Studier viser mer.', new Set()).length; // 2
 * ```
 */
export function splitSentences(text: string, abbreviations: ReadonlySet<string>, label = false): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  /** Where the label's line ends, if the text has one. */
  const labelEnd = label ? text.indexOf('\n') : -1;
  const push = (end: number): void => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a] as string)) a++;
    while (b > a && /\s/.test(text[b - 1] as string)) b--;
    // A "sentence" longer than any a person writes (a run-on list, hostile input) is read in
    // pieces cut at spaces, so the per-sentence work stays bounded and the whole stays linear.
    while (b - a > MAX_SENTENCE) {
      let cut = a + MAX_SENTENCE;
      while (cut > a + MAX_SENTENCE / 2 && !/\s/.test(text[cut] as string)) cut--;
      // No space in the second half: cut the word, but not inside a surrogate pair.
      if (!/\s/.test(text[cut] as string))
        cut = a + MAX_SENTENCE - (/[\uD800-\uDBFF]/.test(text[a + MAX_SENTENCE - 1] as string) ? 1 : 0);
      let pieceEnd = cut;
      while (pieceEnd > a && /\s/.test(text[pieceEnd - 1] as string)) pieceEnd--;
      spans.push({ start: a, end: pieceEnd, question: false });
      a = cut;
      while (a < b && /\s/.test(text[a] as string)) a++;
    }
    if (b > a) spans.push({ start: a, end: b, question: /\?["'”’»“‘)\]]*$/.test(text.slice(Math.max(a, b - 4), b)) });
    start = end;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (char === '\n') {
      // A line that ends with ":" introduces what follows ("Svar fra Martin:\nDet finnes…").
      let back = index - 1;
      while (back >= start && (text[back] === ' ' || text[back] === '\t' || text[back] === '\r')) back--;
      // A line that opens with a bracketed date or time is a new message or turn ("[08/02/2026, 19:12] Kerry:
      // …", "[00:02:22] DR K: …"), though the line before ended without a full stop.
      if (
        text[back] === ':' ||
        index === labelEnd ||
        TIMESTAMP_LINE().test(text.slice(index + 1, index + 24)) ||
        metadataLine(text, start, index)
      )
        push(index);
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?' && char !== '…') continue;
    let end = index + 1;
    // Closing quotes and brackets stay with the sentence they close, «…» included ("– garantert!» Kinoens …").
    while (end < text.length && /[.!?…"'”’»›)\]]/.test(text[end] as string)) end++;
    const next = text[end];
    if (next === undefined) break;
    if (/\s/.test(next)) {
      let look = end;
      while (look < text.length && /\s/.test(text[look] as string)) look++;
      const after = text[look];
      if (after === undefined) break;
      // A sentence starts with a capital, a digit, a quote, a bracket, a bullet, a handle or a hashtag ("omg
      // is it painful??\n@themesostudio …", "… option. [Examiner: No. …]"); after "?" or "!" a line break
      // ends it whatever comes next.
      const lineBreak = char !== '.' && text.slice(end, look).includes('\n');
      // A bare question mark ends a question whatever case the next sentence starts in, as a chat line writes it
      // ("is mesotherapy any good for hair loss? my barber does it"); not one inside a quotation ('"does it
      // hurt?" she asked').
      const bareQuestion = char === '?' && /^[?!]*$/.test(text.slice(index + 1, end));
      if (!(lineBreak || bareQuestion || UPPER().test(after) || /[\d"“«•\-–([@#]/.test(after))) continue;
      if (char === '.' && endsWithAbbreviation(text, index, abbreviations)) continue;
      push(end);
      index = end - 1;
    } else if (
      char !== '…' &&
      UPPER().test(next) &&
      LOWER().test(text[end + 1] ?? '') &&
      LETTER().test(text[index - 1] ?? '') &&
      LETTER().test(text[index - 2] ?? '') &&
      !(char === '.' && endsWithAbbreviation(text, index, abbreviations))
    ) {
      // Sentences run together with no space: "hår.Studier", "FDA.Prosedyren".
      push(end);
      index = end - 1;
    }
  }
  push(text.length);
  return spans;
}

/**
 * Whether the line that ends at `end` (from the sentence's start or the line's, whichever is later) is a
 * line of metadata, not prose: a review's or a post's header ("**Kirsty O.** · Local Guide · 38 reviews",
 * "★★★★★ · 3 weeks ago"), fields set apart by two or more middle dots, or a star rating.
 */
function metadataLine(text: string, start: number, end: number): boolean {
  const from = Math.max(start, text.lastIndexOf('\n', end - 1) + 1);
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x2605 || code === 0x2606) return true;
  }
  return setApartByDots(text, from, end);
}

/** How many middle dots set a line's fields apart. */
const FIELD_DOTS = 2;

/**
 * Whether the text from `from` to `to` holds fields set apart by middle dots (two or more "·"):
 * "**Sak:** 2026/0412 · **Tjeneste:** … · **Vedtak:** …".
 *
 * @param text - The text.
 * @param from - Where to start looking (default: its start).
 * @param to - Where to stop (default: its end).
 * @returns True when two or more middle dots stand between them.
 * @example
 * ```ts
 * import { setApartByDots } from './segment.js';
 * setApartByDots('Kirsty O. · Local Guide · 38 reviews'); // true
 * ```
 */
export function setApartByDots(text: string, from = 0, to = text.length): boolean {
  let dots = 0;
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 0xb7 && ++dots >= FIELD_DOTS) return true;
  return false;
}

function endsWithAbbreviation(text: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let begin = dot;
  while (
    begin > 0 &&
    (LETTER().test(text[begin - 1] as string) || (text[begin - 1] === '.' && LETTER().test(text[begin - 2] ?? '')))
  )
    begin--;
  const word = text.slice(begin, dot);
  if (word.length === 1 && UPPER().test(word)) return true;
  return abbreviations.has(foldWord(word));
}
