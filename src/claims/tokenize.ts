/**
 * Splits text into word tokens with their offsets.
 *
 * @module
 */
import { BUNDLED_FOLDING, foldWord, stemWord, type Folding } from './fold.js';

/**
 * A word in a text: where it stands, and its folded and stemmed forms.
 *
 * @example
 * ```ts
 * import { tokenize } from './tokenize.js';
 * const [token] = tokenize('Rynker', []);
 * token?.folded; // 'rynker'
 * ```
 */
export interface Token {
  /** The word as written. */
  readonly text: string;
  /** Lower case, accents removed. */
  readonly folded: string;
  /** Folded, inflection ending removed. */
  readonly stem: string;
  /** Offset of the first character in the text tokenized. */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
  /** True when a hyphen joins this word to the one before ("ikke-kirurgisk"). */
  readonly joinedToPrevious: boolean;
}

/**
 * Letters and digits; format characters (zero-width space and joiner, BOM, direction
 * marks, soft hyphen) inside a word do not split it: "meso\u200Btherapy" is one word,
 * as a reader sees it (adverts use them to slip past filters).
 */
const WORD = /[\p{L}\p{N}]+(?:\p{Cf}+[\p{L}\p{N}]+)*/gu;

/**
 * Finds the words in a text. Hyphenated words become several tokens, each after the
 * first marked `joinedToPrevious`, so "risk-free" matches "risk free".
 *
 * @param text - The text.
 * @param endings - Inflection endings for stems.
 * @param offset - Added to every offset (the text's place in a larger one).
 * @param folding - How letters fold (the bundled language profiles' by default).
 * @returns The tokens, in order.
 * @example
 * ```ts
 * import { tokenize } from './tokenize.js';
 * tokenize('FDA-approved', []).map((t) => t.folded); // ['fda', 'approved']
 * ```
 */
export function tokenize(
  text: string,
  endings: readonly string[],
  offset = 0,
  folding: Folding = BUNDLED_FOLDING,
): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -2;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const folded = foldWord(word, folding);
    const joined = start === previousEnd + 1 && (text[previousEnd] === '-' || text[previousEnd] === '‑');
    tokens.push({
      text: word,
      folded,
      stem: stemWord(folded, endings),
      start: start + offset,
      end: start + word.length + offset,
      joinedToPrevious: joined,
    });
    previousEnd = start + word.length;
  }
  return tokens;
}
