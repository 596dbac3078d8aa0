/**
 * Splits text into word tokens with their offsets.
 *
 * @module
 */
import { BUNDLED_FOLDING, foldWord, stemWord, type Folding } from './fold.js';
import { lazyPattern } from '../lazy-pattern.js';

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
  /**
   * The forms {@link folded} and {@link stem} came from, when a lexicon's {@link WordFormCache}
   * gave them: one object for every token of the word, on which the lexicon keeps what it
   * worked out about the word.
   */
  readonly forms?: KeptForms;
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
 * A word's forms as a {@link WordFormCache} keeps them: one object per distinct word, which
 * also holds what one owner (the cache's lexicon) worked out about the word, so the tokens
 * of a word share it instead of each looking it up again.
 *
 * @example
 * ```ts
 * import { WordFormCache } from './tokenize.js';
 * const forms = new WordFormCache(['er']).forms('Rynker');
 * const owner = {};
 * forms.keep(owner, 42);
 * forms.noteOf(owner); // 42
 * ```
 */
export class KeptForms implements WordForms {
  /** Lower case, accents removed. */
  readonly folded: string;
  /** Folded, inflection ending removed. */
  readonly stem: string;
  #owner: object | undefined = undefined;
  #note: unknown = undefined;

  /**
   * @param folded - Lower case, accents removed.
   * @param stem - Folded, inflection ending removed.
   */
  constructor(folded: string, stem: string) {
    this.folded = folded;
    this.stem = stem;
  }

  /**
   * What `owner` kept on the word (undefined when another owner kept something since).
   *
   * @param owner - Who asks.
   * @returns What it kept, or undefined.
   */
  noteOf(owner: object): unknown {
    return this.#owner === owner ? this.#note : undefined;
  }

  /**
   * Keeps what `owner` worked out about the word (it must depend on the word's forms alone):
   * one note a word, the last owner's.
   *
   * @param owner - Who keeps it.
   * @param note - What it worked out.
   */
  keep(owner: object, note: unknown): void {
    this.#owner = owner;
    this.#note = note;
  }
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
  readonly #forms = new Map<string, KeptForms>();
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
  forms(word: string): KeptForms {
    let forms = this.#forms.get(word);
    if (forms === undefined) {
      const folded = foldWord(word, this.#folding);
      forms = new KeptForms(folded, stemWord(folded, this.#endings));
      if (this.#forms.size >= WordFormCache.LIMIT) this.#forms.clear();
      this.#forms.set(word, forms);
    }
    return forms;
  }
}

/**
 * A distinct word as written, found by {@link scanWords}: one object per distinct word,
 * however often it occurs, on which each reader keeps what it worked out about the word
 * (its forms for a lexicon, its evidence for a language detector), so a word of a block is
 * looked up by its text once, not once per reader.
 *
 * @example
 * ```ts
 * import { scanWords } from './tokenize.js';
 * const { words } = scanWords('Rynker og rynker');
 * words[0]?.text; // 'Rynker'
 * ```
 */
export class WrittenWord {
  /** The word as written. */
  readonly text: string;
  /** Whether it is letters only (no digit, no format character). */
  readonly letters: boolean;
  /** The cache {@link forms} came from. */
  #formsFrom: WordFormCache | undefined = undefined;
  #forms: KeptForms | undefined = undefined;
  /** Who worked out {@link noted}, and what. */
  #noteOwner: object | undefined = undefined;
  #note: unknown = undefined;

  /** @param text - The word as written. */
  constructor(text: string) {
    this.text = text;
    this.letters = ONLY_LETTERS().test(text);
  }

  /**
   * The word's forms, from a cache (remembered for the last cache asked: a document is
   * mostly read with one lexicon).
   *
   * @param cache - The lexicon's word forms.
   * @returns What `cache.forms(text)` gives.
   */
  formsIn(cache: WordFormCache): KeptForms {
    if (this.#formsFrom !== cache) {
      this.#forms = cache.forms(this.text);
      this.#formsFrom = cache;
    }
    return this.#forms as KeptForms;
  }

  /**
   * What `owner` works out about the word with `work` (remembered for the last owner asked):
   * `work` must be a pure function of the word's text for a given owner.
   *
   * @param owner - Who asks (a language detector's evidence cache).
   * @param work - Works it out from the text.
   * @returns What `work(text)` gives.
   */
  noted<T>(owner: object, work: (text: string) => T): T {
    if (this.#noteOwner !== owner) {
      this.#note = work(this.text);
      this.#noteOwner = owner;
    }
    return this.#note as T;
  }
}

const ONLY_LETTERS = lazyPattern(String.raw`^\p{L}+$`, 'u');

/**
 * The words seen, by their text: an open-addressing table searched with a hash of the
 * word's characters worked out while they are read, so a word seen before costs no copy of
 * its text. Bounded like the lexicons' caches: it starts afresh at {@link WordFormCache.LIMIT} words.
 */
let table: (WrittenWord | undefined)[] = new Array<WrittenWord | undefined>(1024);
let hashes = new Int32Array(1024);
let tableCount = 0;

function resetTable(capacity: number): void {
  table = new Array<WrittenWord | undefined>(capacity);
  hashes = new Int32Array(capacity);
  tableCount = 0;
}

/** The longest search for a word: a text made to collide costs no more than this per word. */
const MAX_PROBES = 32;

/** The word `text[start, end)`, whose characters hash to `units`: the one seen before, or a new one. */
function writtenWord(text: string, start: number, end: number, units: number): WrittenWord {
  // Mixed (murmur3's finaliser), so words alike spread over the table.
  let hash = Math.imul(units ^ (units >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  hash ^= hash >>> 16;
  const length = end - start;
  const mask = table.length - 1;
  let slot = hash & mask;
  for (let probes = 0; ; probes++, slot = (slot + 1) & mask) {
    const word = table[slot];
    if (word === undefined) break;
    if (hashes[slot] === hash && sameUnits(word.text, text, start, length)) return word;
    // Not remembered: read as a word of its own.
    if (probes === MAX_PROBES) return new WrittenWord(text.slice(start, end));
  }
  if (tableCount >= WordFormCache.LIMIT) resetTable(1024);
  else if (2 * (tableCount + 1) > table.length) {
    // Kept at most half full, so a search soon ends at an empty slot.
    const old = table;
    const oldHashes = hashes;
    resetTable(2 * old.length);
    old.forEach((word, at) => {
      if (word !== undefined) place(word, oldHashes[at] as number);
    });
  }
  const word = new WrittenWord(text.slice(start, end));
  place(word, hash);
  return word;
}

/**
 * Whether `word` is the `length` units of `text` at `start`: compared unit by unit (words are
 * short, and `startsWith` from an offset is slower here, most of all on two-byte text).
 */
function sameUnits(word: string, text: string, start: number, length: number): boolean {
  if (word.length !== length) return false;
  for (let index = 0; index < length; index++)
    if (word.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
}

function place(word: WrittenWord, hash: number): void {
  const mask = table.length - 1;
  let slot = hash & mask;
  while (table[slot] !== undefined) slot = (slot + 1) & mask;
  table[slot] = word;
  hashes[slot] = hash;
  tableCount++;
}

/** What a character is to {@link WORD}: part of a word (a letter or digit), a format character, or neither. */
const OTHER = 0;
const WORDY = 1;
const FORMAT = 2;
const WORD_CHARACTER = lazyPattern(String.raw`^[\p{L}\p{N}]$`, 'u');
const FORMAT_CHARACTER = lazyPattern(String.raw`^\p{Cf}$`, 'u');

function classify(character: string): number {
  return WORD_CHARACTER().test(character) ? WORDY : FORMAT_CHARACTER().test(character) ? FORMAT : OTHER;
}

/**
 * Each UTF-16 unit's kind plus one (0: not worked out yet), worked out once per unit by the
 * regular expressions {@link WORD} is made of: private to this module, it only speeds the scan.
 */
const unitKinds = new Uint8Array(0x10000);

/** The kind of the code point at `index` (which is in the text), and its width: `kind | width << 2`. */
function kindAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80)
    // ASCII: digits and letters are word characters; none is a format character.
    return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ? WORDY | 4 : OTHER | 4;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classify(text.slice(index, index + 2)) | 8;
  }
  let kind = unitKinds[code] as number;
  if (kind === 0) unitKinds[code] = kind = classify(String.fromCharCode(code)) + 1;
  return (kind - 1) | 4;
}

/**
 * The words of a text, in order, as {@link tokenize} finds them, each with its offset:
 * the one pass over a block's words that the language scorer and the sentence reader share.
 *
 * @example
 * ```ts
 * import { scanWords } from './tokenize.js';
 * scanWords('FDA-approved, 2024.').starts; // [0, 4, 14]
 * ```
 */
export interface WordScan {
  /** Each word, as written. */
  readonly words: readonly WrittenWord[];
  /** Each word's offset in the text. */
  readonly starts: readonly number[];
}

/**
 * Finds the words of a text, once, for every reader of it (see {@link WordScan}).
 *
 * @param text - The text (a block's).
 * @returns Its words and their offsets.
 * @example
 * ```ts
 * import { scanWords } from './tokenize.js';
 * scanWords('Rynker og rynker').words.map((w) => w.text); // ['Rynker', 'og', 'rynker']
 * ```
 */
export function scanWords(text: string): WordScan {
  const words: WrittenWord[] = [];
  const starts: number[] = [];
  const length = text.length;
  // What WORD matches, read unit by unit: word characters, and runs of format characters
  // with word characters after them.
  let index = 0;
  while (index < length) {
    let at = kindAt(text, index);
    if ((at & 3) !== WORDY) {
      index += at >> 2;
      continue;
    }
    const start = index;
    let hash = 0;
    for (;;) {
      for (; index < length && ((at = kindAt(text, index)) & 3) === WORDY; index += at >> 2)
        hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
      let after = index;
      while (after < length && ((at = kindAt(text, after)) & 3) === FORMAT) after += at >> 2;
      if (after === index || after >= length || (kindAt(text, after) & 3) !== WORDY) break;
      for (; index < after; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
    }
    words.push(writtenWord(text, start, index, hash));
    starts.push(start);
  }
  return { words, starts };
}

/**
 * How many distinct words {@link scanWords} remembers now (at most {@link WordFormCache.LIMIT}).
 *
 * @returns The number of words in its table.
 * @example
 * ```ts
 * import { scanWords, writtenWordCount } from './tokenize.js';
 * scanWords('Rynker og rynker');
 * writtenWordCount() > 0; // true
 * ```
 */
export function writtenWordCount(): number {
  return tableCount;
}

/**
 * The tokens of the stretch `[from, to)` of a scanned text, as `tokenize(text.slice(from, to),
 * …, from, …)` gives them, from the scan instead of reading the stretch again; undefined when
 * a word of the scan crosses an end of the stretch (a sentence cut inside a word), which
 * only `tokenize` reads as that stretch's reader would.
 *
 * @param text - The scanned text.
 * @param scan - Its words.
 * @param at - Index of the first word of the scan that may lie in the stretch (no earlier word ends after `from`).
 * @param from - The stretch's start.
 * @param to - The stretch's end.
 * @param cache - The lexicon's word forms.
 * @returns The tokens and the index of the first word after them, or undefined.
 * @example
 * ```ts
 * import { scanWords, scannedTokens, WordFormCache } from './tokenize.js';
 * const text = 'Rynker. Hårtap-fri';
 * scannedTokens(text, scanWords(text), 0, 8, 18, new WordFormCache([]))?.tokens.map((t) => t.folded); // ['hårtap', 'fri']
 * ```
 */
export function scannedTokens(
  text: string,
  scan: WordScan,
  at: number,
  from: number,
  to: number,
  cache: WordFormCache,
): { tokens: Token[]; next: number } | undefined {
  const { words, starts } = scan;
  let index = at;
  // Words before the stretch (between sentences): passed over.
  while (index < words.length && (starts[index] as number) + (words[index] as WrittenWord).text.length <= from) index++;
  const tokens: Token[] = [];
  let previousEnd = -2;
  for (; index < words.length; index++) {
    const start = starts[index] as number;
    if (start >= to) break;
    const word = words[index] as WrittenWord;
    const end = start + word.text.length;
    if (start < from || end > to) return undefined;
    const forms = word.formsIn(cache);
    tokens.push(
      new FormedToken(
        word.text,
        start,
        end,
        start === previousEnd + 1 && (text[previousEnd] === '-' || text[previousEnd] === '‑'),
        forms,
      ),
    );
    previousEnd = end;
  }
  return { tokens, next: index };
}

/**
 * A token whose forms a lexicon's {@link WordFormCache} gave: made with `new`, not as an
 * object literal, because V8 decides per object or array literal in the code (its allocation
 * site) whether to make that literal's objects straight in the old generation, from how many
 * of them it sees alive at one minor collection, and keeps that decision for the life of the
 * process. A sentence's tokens all live while it is read, so a collection that came when V8 had
 * counted only the tokens of the sentence being read saw all of them alive: from then
 * on every token of every sentence was made in the old generation and stayed there, with the
 * young strings it held, until the next full collection — for a 4 MB one-line document of
 * entities, peak memory 21–27× the input in most runs, against 7–9× otherwise
 * (docs/security.md). Objects made by a constructor have no allocation site: V8 makes them in
 * the young generation always. Internal to this module: readers see a {@link Token}.
 */
class FormedToken implements Token {
  readonly text: string;
  readonly folded: string;
  readonly stem: string;
  readonly start: number;
  readonly end: number;
  readonly joinedToPrevious: boolean;
  readonly forms: KeptForms;

  constructor(text: string, start: number, end: number, joinedToPrevious: boolean, forms: KeptForms) {
    this.text = text;
    this.folded = forms.folded;
    this.stem = forms.stem;
    this.start = start;
    this.end = end;
    this.joinedToPrevious = joinedToPrevious;
    this.forms = forms;
  }
}

/**
 * Letters and digits; format characters (zero-width space and joiner, BOM, direction
 * marks, soft hyphen) inside a word do not split it: "meso\u200Btherapy" is one word,
 * as a reader sees it (adverts use them to slip past filters).
 */
const WORD = lazyPattern(String.raw`[\p{L}\p{N}]+(?:\p{Cf}+[\p{L}\p{N}]+)*`, 'gu');

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
  const word = WORD();
  word.lastIndex = 0;
  for (let match = word.exec(text); match !== null; match = word.exec(text)) {
    const start = match.index;
    const word = match[0];
    const joined = start === previousEnd + 1 && (text[previousEnd] === '-' || text[previousEnd] === '‑');
    if (words) {
      tokens.push(new FormedToken(word, start + offset, start + word.length + offset, joined, words.forms(word)));
    } else {
      const folded = foldWord(word, folding);
      tokens.push({
        text: word,
        folded,
        stem: stemWord(folded, endings),
        start: start + offset,
        end: start + word.length + offset,
        joinedToPrevious: joined,
      });
    }
    previousEnd = start + word.length;
  }
  return tokens;
}
