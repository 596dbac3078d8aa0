/**
 * The bundled knowledge base's lexicons and language word weights, compiled at build
 * time (`src/generated/lexicons.ts`, written by `npm run build:data` and drift-tested),
 * so the first fact-check of a cold process indexes them instead of tokenizing every
 * name and cue phrase. Any other knowledge base's are built from its records.
 *
 * @module
 * @internal
 */
import { compareAt } from '../claims/compare-at.js';
import type { PackedLexiconData } from '../claims/lexicon.js';
import { loadTables } from '../generated/lexicons.js';
import type { Dataset } from '../schema/kinds.js';
import type { LanguageCode } from '../schema/language.js';

/**
 * What the build compiles from the bundled records, as the JSON texts it writes: a lexicon
 * per language the engine reads, and the language detector's word weights packed (see
 * {@link packLanguageWords}). Each text is parsed on its first use, on its own, so a
 * fact-check in English never parses the Norwegian lexicon.
 *
 * @example
 * ```ts
 * import type { PrebuiltTables } from './prebuilt.js';
 * const tables: PrebuiltTables = { lexicons: {}, languageWords: '{"weights":[],"words":"","groups":[]}' };
 * ```
 */
export interface PrebuiltTables {
  /** Lexicon data by language (see `compileLexicon`), its patterns packed (`packLexicon`), as JSON text. */
  readonly lexicons: Readonly<Partial<Record<LanguageCode, string>>>;
  /** Word weights (see `compileLanguageWords`), packed, as JSON text. */
  readonly languageWords: string;
}

/** Word weights as `compileLanguageWords` gives them: each folded word with its weight per language. */
export type LanguageWords = readonly (readonly [string, readonly (readonly [LanguageCode, number])[]])[];

/**
 * Word weights packed for a cheap first result: the few distinct weight lists once each, and
 * the words, sorted, in one string, each with the index of its weight list. A word is looked up
 * in the string by halves: nothing is built but the weight lists a text's words have (some 40
 * maps and arrays instead of a map of eight thousand words, before the first result of a cold
 * process).
 *
 * @example
 * ```ts
 * import type { PackedLanguageWords } from './prebuilt.js';
 * const packed: PackedLanguageWords = { weights: [[['nb', 1]]], words: 'ikke=0' };
 * ```
 */
export interface PackedLanguageWords {
  /** The distinct weight lists, in the order they first occur (words sorted). */
  readonly weights: readonly (readonly (readonly [LanguageCode, number])[])[];
  /**
   * Each word, {@link WORD_GROUP}, and the index of its weight list, sorted by word (UTF-16 code
   * units), separated by {@link WORD_SEPARATOR}.
   */
  readonly words: string;
}

/** What separates the words of {@link PackedLanguageWords}: a folded word never holds one. */
export const WORD_SEPARATOR = ' ';

/** What separates a word of {@link PackedLanguageWords} from the index of its weight list. */
export const WORD_GROUP = '=';

/**
 * Packs word weights (build time).
 *
 * @param entries - Word weights as `compileLanguageWords` gives them (each word once).
 * @returns The same, packed.
 * @throws Error when a word holds a separator, or comes twice (it could not be unpacked).
 * @example
 * ```ts
 * import { packLanguageWords } from './prebuilt.js';
 * packLanguageWords([['og', [['nb', 0.5], ['da', 0.5]]]]).words; // 'og=0'
 * ```
 */
export function packLanguageWords(entries: LanguageWords): PackedLanguageWords {
  const index = new Map<string, number>();
  const weights: (readonly (readonly [LanguageCode, number])[])[] = [];
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const words = sorted.map(([word, byLanguage], i) => {
    if (word.includes(WORD_SEPARATOR) || word.includes(WORD_GROUP) || word === '')
      throw new Error(`cannot pack the word ${JSON.stringify(word)}`);
    if (i > 0 && sorted[i - 1]?.[0] === word) throw new Error(`cannot pack the word ${JSON.stringify(word)} twice`);
    const key = JSON.stringify(byLanguage);
    let group = index.get(key);
    if (group === undefined) {
      index.set(key, (group = weights.length));
      weights.push(byLanguage);
    }
    return `${word}${WORD_GROUP}${String(group)}`;
  });
  return { weights, words: words.join(WORD_SEPARATOR) };
}

/** Packed word weights read as a map (see {@link unpackLanguageWords}). */
class PackedWordWeights implements ReadonlyMap<string, ReadonlyMap<LanguageCode, number>> {
  readonly #text: string;
  readonly #weights: PackedLanguageWords['weights'];
  /** The weight lists made into maps so far, by index: words with the same weights share one. */
  readonly #maps: (ReadonlyMap<LanguageCode, number> | undefined)[] = [];

  constructor(packed: PackedLanguageWords) {
    this.#text = packed.words;
    this.#weights = packed.weights;
  }

  /** The map of weight list `group`, made once. */
  #map(group: number): ReadonlyMap<LanguageCode, number> {
    return (this.#maps[group] ??= new Map(this.#weights[group]));
  }

  /** Where each entry starts, where its word ends, and where it ends, in order. */
  *#spans(): Generator<readonly [number, number, number]> {
    const text = this.#text;
    for (let start = 0; start < text.length;) {
      const group = text.indexOf(WORD_GROUP, start);
      let end = text.indexOf(WORD_SEPARATOR, group);
      if (end === -1) end = text.length;
      yield [start, group, end];
      start = end + 1;
    }
  }

  get(word: string): ReadonlyMap<LanguageCode, number> | undefined {
    const text = this.#text;
    // By halves over the text: `low` is always where an entry starts; `high` where one ends or starts.
    let low = 0;
    let high = text.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = middle === 0 ? 0 : text.lastIndexOf(WORD_SEPARATOR, middle - 1) + 1;
      const group = text.indexOf(WORD_GROUP, start);
      let end = text.indexOf(WORD_SEPARATOR, group);
      if (end === -1) end = text.length;
      const order = compareAt(word, text, start, group);
      if (order === 0) return this.#map(Number(text.slice(group + 1, end)));
      if (order < 0) high = start;
      else low = end + 1;
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  get size(): number {
    let size = 0;
    for (const _span of this.#spans()) size++;
    return size;
  }

  *entries(): MapIterator<[string, ReadonlyMap<LanguageCode, number>]> {
    for (const [start, group, end] of this.#spans())
      yield [this.#text.slice(start, group), this.#map(Number(this.#text.slice(group + 1, end)))];
  }

  *keys(): MapIterator<string> {
    for (const [word] of this.entries()) yield word;
  }

  *values(): MapIterator<ReadonlyMap<LanguageCode, number>> {
    for (const [, weights] of this.entries()) yield weights;
  }

  forEach(
    callback: (
      value: ReadonlyMap<LanguageCode, number>,
      key: string,
      map: ReadonlyMap<string, ReadonlyMap<LanguageCode, number>>,
    ) => void,
    thisArg?: unknown,
  ): void {
    for (const [word, weights] of this.entries()) callback.call(thisArg, weights, word, this);
  }

  [Symbol.iterator](): MapIterator<[string, ReadonlyMap<LanguageCode, number>]> {
    return this.entries();
  }
}

/**
 * Reads packed word weights as the map a language detector reads: word → weight per language,
 * in word order. Nothing is built until a word is looked up (by halves, in the packed text),
 * and then only its weight list's map; words with the same weights share one (read-only) map.
 *
 * @param packed - Packed word weights.
 * @returns The map.
 * @example
 * ```ts
 * import { packLanguageWords, unpackLanguageWords } from './prebuilt.js';
 * unpackLanguageWords(packLanguageWords([['ikkje', [['nn', 4]]]])).get('ikkje')?.get('nn'); // 4
 * ```
 */
export function unpackLanguageWords(
  packed: PackedLanguageWords,
): ReadonlyMap<string, ReadonlyMap<LanguageCode, number>> {
  return new PackedWordWeights(packed);
}

/** The tables, where this build has them (a browser bundle leaves them out: `src/lexicons/browser.ts`). */
const tables = loadTables as () => PrebuiltTables | undefined;

/** Lexicons parsed so far, by language. */
const lexicons = new Map<LanguageCode, PackedLexiconData>();
let languageWords: ReadonlyMap<string, ReadonlyMap<LanguageCode, number>> | undefined;

/** The bundled knowledge base's records, as the engine reads them (with cues). */
const bundled = new WeakSet<Dataset>();

/**
 * Marks a dataset as the bundled knowledge base's records (as the engine reads them),
 * whose tables were compiled at build time.
 *
 * @param dataset - The bundled knowledge base's records, with the bundled cues.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { markBundled } from './prebuilt.js';
 * markBundled(knowledgeBase.dataset);
 * ```
 */
export function markBundled(dataset: Dataset): void {
  bundled.add(dataset);
}

/**
 * Whether a dataset is the bundled knowledge base's records, as the engine reads them (see
 * {@link markBundled}).
 *
 * @param dataset - Anything.
 * @returns True for the bundled records marked so.
 * @example
 * ```ts
 * import { isBundled } from './prebuilt.js';
 * isBundled({ cues: [] } as never); // false
 * ```
 */
export function isBundled(dataset: unknown): boolean {
  return typeof dataset === 'object' && dataset !== null && bundled.has(dataset as Dataset);
}

/**
 * The lexicon data compiled at build time for a dataset, if it is the bundled one.
 *
 * @param dataset - Records.
 * @param language - The language.
 * @returns The data, or `undefined` when the lexicon must be built from the records.
 * @example
 * ```ts
 * import { bundledLexicon } from './prebuilt.js';
 * bundledLexicon({ cues: [] } as never, 'en'); // undefined
 * ```
 */
export function bundledLexicon(dataset: Dataset, language: LanguageCode): PackedLexiconData | undefined {
  if (!bundled.has(dataset)) return undefined;
  let data = lexicons.get(language);
  if (!data) {
    const texts = tables()?.lexicons;
    if (!texts || !Object.hasOwn(texts, language)) return undefined;
    data = JSON.parse(texts[language] as string) as PackedLexiconData;
    lexicons.set(language, data);
  }
  return data;
}

/**
 * The language word weights compiled at build time for a dataset, if it is the bundled one.
 *
 * @param dataset - Records.
 * @returns The weights, or `undefined` when they must be worked out from the records.
 * @example
 * ```ts
 * import { bundledLanguageWords } from './prebuilt.js';
 * bundledLanguageWords({ cues: [] } as never); // undefined
 * ```
 */
export function bundledLanguageWords(
  dataset: Dataset,
): ReadonlyMap<string, ReadonlyMap<LanguageCode, number>> | undefined {
  if (!bundled.has(dataset)) return undefined;
  if (!languageWords) {
    const text = tables()?.languageWords;
    if (text === undefined) return undefined;
    languageWords = unpackLanguageWords(JSON.parse(text) as PackedLanguageWords);
  }
  return languageWords;
}
