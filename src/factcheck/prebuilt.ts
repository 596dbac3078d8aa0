/**
 * The bundled knowledge base's lexicons and language word weights, compiled at build
 * time (`src/generated/lexicons.ts`, written by `npm run build:data` and drift-tested),
 * so the first fact-check of a cold process indexes them instead of tokenizing every
 * name and cue phrase. Any other knowledge base's are built from its records.
 *
 * @module
 * @internal
 */
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
 * Word weights packed for a cheap first parse: the few distinct weight lists once each, the
 * words as one string, and for each word the index of its weight list. Unpacked, words with
 * the same weights share one map: some 40 maps and arrays instead of two thousand maps and
 * six thousand arrays, before the first result of a cold process.
 *
 * @example
 * ```ts
 * import type { PackedLanguageWords } from './prebuilt.js';
 * const packed: PackedLanguageWords = { weights: [[['nb', 1]]], words: 'ikke', groups: [0] };
 * ```
 */
export interface PackedLanguageWords {
  /** The distinct weight lists, in the order they first occur. */
  readonly weights: readonly (readonly (readonly [LanguageCode, number])[])[];
  /** The words in order, separated by {@link WORD_SEPARATOR}. */
  readonly words: string;
  /** For each word, the index of its weight list. */
  readonly groups: readonly number[];
}

/** What separates the words of {@link PackedLanguageWords}: a folded word never holds one. */
export const WORD_SEPARATOR = ' ';

/**
 * Packs word weights (build time).
 *
 * @param entries - Word weights as `compileLanguageWords` gives them.
 * @returns The same, packed.
 * @throws Error when a word holds the separator (it could not be unpacked).
 * @example
 * ```ts
 * import { packLanguageWords } from './prebuilt.js';
 * packLanguageWords([['og', [['nb', 0.5], ['da', 0.5]]]]).groups; // [0]
 * ```
 */
export function packLanguageWords(entries: LanguageWords): PackedLanguageWords {
  const index = new Map<string, number>();
  const weights: (readonly (readonly [LanguageCode, number])[])[] = [];
  const groups: number[] = [];
  for (const [word, byLanguage] of entries) {
    if (word.includes(WORD_SEPARATOR) || word === '') throw new Error(`cannot pack the word ${JSON.stringify(word)}`);
    const key = JSON.stringify(byLanguage);
    let group = index.get(key);
    if (group === undefined) {
      index.set(key, (group = weights.length));
      weights.push(byLanguage);
    }
    groups.push(group);
  }
  return { weights, words: entries.map(([word]) => word).join(WORD_SEPARATOR), groups };
}

/**
 * Unpacks word weights into the map a language detector reads: word → weight per language,
 * in the order packed.
 *
 * @param packed - Packed word weights.
 * @returns The map; words with the same weights share one (read-only) map.
 * @example
 * ```ts
 * import { packLanguageWords, unpackLanguageWords } from './prebuilt.js';
 * unpackLanguageWords(packLanguageWords([['ikkje', [['nn', 4]]]])).get('ikkje')?.get('nn'); // 4
 * ```
 */
export function unpackLanguageWords(packed: PackedLanguageWords): Map<string, ReadonlyMap<LanguageCode, number>> {
  const maps = packed.weights.map((byLanguage) => new Map(byLanguage));
  const words = new Map<string, ReadonlyMap<LanguageCode, number>>();
  if (packed.groups.length === 0) return words;
  const list = packed.words.split(WORD_SEPARATOR);
  for (let i = 0; i < list.length; i++)
    words.set(list[i] as string, maps[packed.groups[i] as number] as Map<LanguageCode, number>);
  return words;
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
