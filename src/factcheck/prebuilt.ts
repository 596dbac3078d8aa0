/**
 * The bundled knowledge base's lexicons and language word weights, compiled at build
 * time (`src/generated/lexicons.ts`, written by `npm run build:data` and drift-tested),
 * so the first fact-check of a cold process indexes them instead of tokenizing every
 * name and cue phrase. Any other knowledge base's are built from its records.
 *
 * @module
 * @internal
 */
import type { LexiconData } from '../claims/lexicon.js';
import { loadTables } from '../generated/lexicons.js';
import type { Dataset } from '../schema/kinds.js';
import type { LanguageCode } from '../schema/language.js';

/**
 * What the build compiles from the bundled records: a lexicon per language the engine
 * reads, and the language detector's word weights.
 *
 * @example
 * ```ts
 * import type { PrebuiltTables } from './prebuilt.js';
 * const tables: PrebuiltTables = { lexicons: {}, languageWords: [['og', [['nb', 0.5]]]] };
 * ```
 */
export interface PrebuiltTables {
  /** Lexicon data by language (see `compileLexicon`). */
  readonly lexicons: Readonly<Partial<Record<LanguageCode, LexiconData>>>;
  /** Word weights (see `compileLanguageWords`). */
  readonly languageWords: readonly (readonly [string, readonly (readonly [LanguageCode, number])[]])[];
}

/** The tables, where this build has them (a browser bundle leaves them out: `src/lexicons/browser.ts`). */
const tables = loadTables as () => PrebuiltTables | undefined;

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
export function bundledLexicon(dataset: Dataset, language: LanguageCode): LexiconData | undefined {
  return bundled.has(dataset) ? tables()?.lexicons[language] : undefined;
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
export function bundledLanguageWords(dataset: Dataset): PrebuiltTables['languageWords'] | undefined {
  return bundled.has(dataset) ? tables()?.languageWords : undefined;
}
