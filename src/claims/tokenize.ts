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
 * The characters between two tokens of a text (its punctuation and spaces, as written), or ''
 * when either token is missing: where a comma, a dash or a full stop stands between two words.
 *
 * @param text - The text the tokens were read from, starting at offset `base`.
 * @param base - The offset of the text's first character (token offsets count from there).
 * @param left - The token before.
 * @param right - The token after.
 * @returns The characters between them.
 * @example
 * ```ts
 * import { textBetween, tokenize } from './tokenize.js';
 * const [a, b] = tokenize('Rynker, hårtap', []);
 * textBetween('Rynker, hårtap', 0, a, b); // ', '
 * ```
 */
export function textBetween(text: string, base: number, left: Token | undefined, right: Token | undefined): string {
  return left === undefined || right === undefined ? '' : text.slice(left.end - base, right.start - base);
}

/**
 * A word's folded and stemmed forms, as {@link tokenize} computes them.
 *
 * @example
 * ```ts
 * import type { WordForms } from './tokenize.js';
 * const forms: WordForms = { folded: 'rynker', stem: 'rynk' };
 * ```
 */
export interface WordForms {
  /** Lower case, accents removed. */
  readonly folded: string;
  /** Folded, inflection ending removed. */
  readonly stem: string;
}

/**
 * Remembers each distinct word's forms for one folding and set of endings (a lexicon owns
 * one): a text of thousands of tokens has only hundreds of distinct words.
 *
 * @example
 * ```ts
 * import { tokenize, WordFormCache } from './tokenize.js';
 * const cache = new WordFormCache(['er']);
 * tokenize('Rynker og rynker', ['er'], 0, undefined, cache).map((t) => t.stem); // ['rynk', 'og', 'rynk']
 * cache.size; // 3
 * ```
 */
export class WordFormCache {
  /** Entries kept before the cache starts afresh: memory stays bounded on text of endless distinct words. */
  static readonly LIMIT = 50_000;
  readonly #forms = new Map<string, WordForms>();
  readonly #endings: readonly string[];
  readonly #folding: Folding;

  /**
   * @param endings - Inflection endings for stems.
   * @param folding - How letters fold.
   */
  constructor(endings: readonly string[], folding: Folding = BUNDLED_FOLDING) {
    this.#endings = endings;
    this.#folding = folding;
  }

  /** Words remembered. */
  get size(): number {
    return this.#forms.size;
  }

  /** Whether the cache was made for these endings and this folding. */
  fits(endings: readonly string[], folding: Folding): boolean {
    return endings === this.#endings && folding === this.#folding;
  }

  /** The forms of a word as written. */
  forms(word: string): WordForms {
    let forms = this.#forms.get(word);
    if (forms === undefined) {
      const folded = foldWord(word, this.#folding);
      forms = { folded, stem: stemWord(folded, this.#endings) };
      if (this.#forms.size >= WordFormCache.LIMIT) this.#forms.clear();
      this.#forms.set(word, forms);
    }
    return forms;
  }
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
 * @param cache - Forms of words already seen, for these endings and this folding (a lexicon's).
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
  cache?: WordFormCache,
): Token[] {
  const tokens: Token[] = [];
  const words = cache?.fits(endings, folding) ? cache : undefined;
  let previousEnd = -2;
  // One regular expression, its position reset here: `matchAll` would copy it for every sentence.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index;
    const word = match[0];
    let folded: string;
    let stem: string;
    if (words) ({ folded, stem } = words.forms(word));
    else {
      folded = foldWord(word, folding);
      stem = stemWord(folded, endings);
    }
    const joined = start === previousEnd + 1 && (text[previousEnd] === '-' || text[previousEnd] === '‑');
    tokens.push({
      text: word,
      folded,
      stem,
      start: start + offset,
      end: start + word.length + offset,
      joinedToPrevious: joined,
    });
    previousEnd = start + word.length;
  }
  return tokens;
}
