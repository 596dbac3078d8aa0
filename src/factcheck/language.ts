/**
 * Tells the language of a text, or of each block of a document, from evidence: the
 * common words and letters of each language profile (`data/languages/*.yaml`), and
 * words of the engine's own vocabulary in the languages it reads.
 *
 * @module
 */
import { foldWord } from '../claims/fold.js';
import type { WordScan, WrittenWord } from '../claims/tokenize.js';
import { loadCues } from '../generated/cues.js';
import { languages as bundledLanguages } from '../generated/languages.js';
import type { Dataset } from '../schema/kinds.js';
import type { LanguageCode, LanguageProfile } from '../schema/language.js';
import { expectArray, expectShape, expectString } from '../guard.js';
import { bundledLanguageWords, isBundled } from './prebuilt.js';
import { lazyPattern } from '../lazy-pattern.js';

/**
 * How much text is read to tell a document's language: the first this many characters
 * of its blocks' texts joined by blank lines (a piecewise reader keeps no more than this).
 *
 * @example
 * ```ts
 * import { SAMPLE_CHARACTERS } from './language.js';
 * SAMPLE_CHARACTERS; // 20000
 * ```
 */
export const SAMPLE_CHARACTERS = 20_000;

/** How much of a block is read to tell its language. */
const BLOCK_SAMPLE = 2_000;

/** Weight of a common word, a distinctive word, a vocabulary word, a word with a telling letter. */
const WEIGHTS = { word: 1, distinctive: 3, vocabulary: 1, letter: 0.5 } as const;

/** A document is in a language the engine does not read when that has this many times the evidence of the best it reads. */
const DOCUMENT_RATIO = 1.5;

/** The most that telling letters add to a language's score. */
const LETTER_CAP = 1.5;

/** A block leaves the document's language only on this much evidence… */
const SWITCH_MINIMUM = 3;
/** …and this many times the document language's own. */
const SWITCH_RATIO = 2;

/**
 * What tells languages apart, compiled from a dataset's language profiles and cues.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { languageDetector } from './language.js';
 * languageDetector(knowledgeBase.dataset).read.has('nb'); // true
 * ```
 */
export interface LanguageDetector {
  /** The profiles, by code. */
  readonly profiles: ReadonlyMap<LanguageCode, LanguageProfile>;
  /** Codes of the languages the engine reads (the others are only detected). */
  readonly read: ReadonlySet<LanguageCode>;
  /** Folded word → weight per language. */
  readonly words: ReadonlyMap<string, ReadonlyMap<LanguageCode, number>>;
  /** Letter → the languages it points to. */
  readonly letters: ReadonlyMap<string, readonly LanguageCode[]>;
}

const detectors = new WeakMap<Dataset, LanguageDetector>();

/**
 * Compiles the language evidence of a dataset (cached per dataset).
 *
 * @param dataset - The knowledge base's records, with language profiles and cues.
 * @returns The detector.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { languageDetector } from './language.js';
 * languageDetector(knowledgeBase.dataset).profiles.has('da'); // true
 * ```
 */
export function languageDetector(dataset: Dataset): LanguageDetector {
  let detector = detectors.get(dataset);
  if (detector) return detector;
  expectDataset('languageDetector', dataset);
  const languages = profilesOf(dataset);
  const profiles = new Map<LanguageCode, LanguageProfile>(languages.map((p) => [p.id, p]));
  const read = new Set(languages.filter((p) => p.read).map((p) => p.id));
  const letters = new Map<string, LanguageCode[]>();
  for (const profile of languages) {
    for (const letter of profile.detection.letters ?? []) {
      const key = foldWord(letter);
      letters.set(key, [...(letters.get(key) ?? []), profile.id]);
    }
  }
  // The bundled knowledge base's word weights were worked out at build time.
  const words =
    bundledLanguageWords(dataset) ??
    new Map(compileLanguageWords(dataset).map(([word, weights]) => [word, new Map(weights)]));
  detector = { profiles, read, words, letters };
  detectors.set(dataset, detector);
  return detector;
}

/**
 * Checks that a value looks like a dataset. The bundled records, as the engine reads them, need
 * no check, and their cues are not read: they are parsed on first read, which the lexicons
 * compiled at build time spare a fact-check.
 */
function expectDataset(fn: string, dataset: Dataset): void {
  if (!isBundled(dataset)) expectShape(fn, 'dataset', dataset, { cues: 'array' }, 'a dataset');
}

/** The dataset's language profiles; a dataset without them uses the bundled ones. */
function profilesOf(dataset: Dataset): readonly LanguageProfile[] {
  const own = dataset.languages as Dataset['languages'] | undefined;
  return own && own.length > 0 ? own : bundledLanguages;
}

/**
 * The word weights of a {@link LanguageDetector} as plain data: each folded word with
 * its weight per language, in order. The expensive part of a detector (every name and
 * cue phrase is read), so the bundled knowledge base's are worked out at build time
 * (`src/generated/lexicons.ts`, `npm run build:data`).
 *
 * @param dataset - The knowledge base's records, with language profiles and cues.
 * @returns Folded word → [language, weight] pairs, JSON-serialisable.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { compileLanguageWords } from './language.js';
 * compileLanguageWords(knowledgeBase.dataset).some(([word]) => word === 'ikkje'); // true
 * ```
 */
export function compileLanguageWords(dataset: Dataset): [string, [LanguageCode, number][]][] {
  const languages = profilesOf(dataset);
  const cues = dataset.cues.length > 0 ? dataset.cues : loadCues();
  const read = new Set(languages.filter((p) => p.read).map((p) => p.id));
  const words = new Map<string, Map<LanguageCode, number>>();
  const add = (word: string, code: LanguageCode, weight: number): void => {
    const folded = foldWord(word);
    let byLanguage = words.get(folded);
    if (!byLanguage) words.set(folded, (byLanguage = new Map<LanguageCode, number>()));
    byLanguage.set(code, Math.max(byLanguage.get(code) ?? 0, weight));
  };
  for (const profile of languages) {
    for (const word of profile.detection.words) add(word, profile.id, WEIGHTS.word);
    for (const word of profile.detection.distinctive ?? []) add(word, profile.id, WEIGHTS.word + WEIGHTS.distinctive);
  }
  // The engine's vocabulary in each language it reads ("fjerner", "mesoterapi") is evidence
  // too, when the word belongs to that one of the languages it reads.
  const vocabulary = new Map<string, Set<LanguageCode>>();
  const note = (phrase: string, code: LanguageCode): void => {
    for (const match of phrase.matchAll(VOCABULARY_WORD())) {
      const folded = foldWord(match[0]);
      let codes = vocabulary.get(folded);
      if (!codes) vocabulary.set(folded, (codes = new Set()));
      codes.add(code);
    }
  };
  for (const code of read) {
    for (const cue of cues) {
      if (cue.role === 'number-word') continue;
      for (const phrase of cue.phrases[code] ?? []) note(phrase, code);
    }
    for (const record of [...dataset.interventions, ...dataset.indications]) {
      const names = (record.names as Readonly<Record<string, readonly string[] | undefined>>)[code];
      for (const phrase of names ?? []) note(phrase, code);
    }
  }
  // A vocabulary word that a neighbour's profile lists too ("behandlingen" in Danish,
  // "mesoterapi" in nynorsk and Swedish) is shared with it, like a common word.
  for (const [word, codes] of vocabulary) {
    if (codes.size !== 1) continue;
    const [code] = codes as unknown as [LanguageCode];
    const byLanguage = words.get(word);
    if (!byLanguage) words.set(word, new Map([[code, WEIGHTS.vocabulary]]));
    else if (!byLanguage.has(code)) byLanguage.set(code, WEIGHTS.vocabulary);
  }
  // A word several languages share ("og" in bokmål, nynorsk and Danish) says little about
  // which of them a text is in: its weight is split between them.
  for (const byLanguage of words.values()) {
    if (byLanguage.size < 2) continue;
    for (const [code, weight] of byLanguage) byLanguage.set(code, weight / byLanguage.size);
  }
  return [...words].map(([word, byLanguage]) => [word, [...byLanguage]]);
}

/** A word, as the language detector reads it. */
const SCORED_WORD = lazyPattern(String.raw`\p{L}+(?:['\u2019]\p{L}+)?`, 'gu');

/** A word of the engine's vocabulary the detector counts as evidence: three letters or more. */
const VOCABULARY_WORD = lazyPattern(String.raw`\p{L}{3,}`, 'gu');

/**
 * Weighs the evidence for each language in a text.
 *
 * @param text - The text.
 * @param detector - The compiled evidence.
 * @param scan - The words of `text`, when the caller has found them (`scanWords`): the scores are the same.
 * @returns Score per language code; languages with no evidence are left out.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { languageDetector, scoreLanguages } from './language.js';
 * const scores = scoreLanguages('Mesoterapi fjerner fett.', languageDetector(knowledgeBase.dataset));
 * (scores.get('nb') ?? 0) > (scores.get('en') ?? 0); // true
 * ```
 */
export function scoreLanguages(text: string, detector: LanguageDetector, scan?: WordScan): Map<LanguageCode, number> {
  expectString('scoreLanguages', 'text', text);
  expectDetector('scoreLanguages', detector);
  return scan ? scoreScanned(text, scan, text.length, detector) : scoreText(text, detector);
}

/**
 * {@link scoreLanguages} without checking its arguments (the fact-check calls it for every
 * block).
 */
function scoreText(text: string, detector: LanguageDetector): Map<LanguageCode, number> {
  const tally = new Tally();
  const evidence = evidenceCache(detector);
  scoreStretch(text, 0, text.length, evidence, tally);
  return tally.scores();
}

/** Adds the evidence of the words {@link SCORED_WORD} finds in `text[from, to)` to a tally. */
function scoreStretch(text: string, from: number, to: number, evidence: EvidenceCache, tally: Tally): void {
  const stretch = from === 0 && to === text.length ? text : text.slice(from, to);
  // One regular expression, its position reset here: `matchAll` would copy it for every block.
  const scored = SCORED_WORD();
  scored.lastIndex = 0;
  for (let match = scored.exec(stretch); match !== null; match = scored.exec(stretch)) tally.add(evidence.of(match[0]));
}

/** Whether a character is an apostrophe {@link SCORED_WORD} joins words with. */
function isApostrophe(char: string | undefined): boolean {
  return char === "'" || char === '’';
}

/**
 * {@link scoreText} of `text.slice(0, sample)` from the words {@link scanWords} found in it: a word
 * of letters alone is a scored word as it stands, and its evidence is kept on it; the words
 * around an apostrophe, with a digit or format character, or cut by the sample's end are read
 * again with {@link SCORED_WORD}, a stretch of them at a time (a scored word starts where
 * a scanned one does, and reaches past it only across an apostrophe).
 */
function scoreScanned(
  text: string,
  scan: WordScan,
  sample: number,
  detector: LanguageDetector,
): Map<LanguageCode, number> {
  const tally = new Tally();
  const evidence = evidenceCache(detector);
  const { words, starts } = scan;
  const of = (written: string): WordEvidence => evidence.of(written);
  /** Start of the stretch of words read again, or -1. */
  let stretch = -1;
  let stretchEnd = 0;
  for (let index = 0; index < words.length; index++) {
    const start = starts[index] as number;
    if (start >= sample) break;
    const word = words[index] as WrittenWord;
    const end = start + word.text.length;
    if (!word.letters || end > sample || isApostrophe(text[end]) || isApostrophe(text[start - 1])) {
      if (stretch === -1) stretch = start;
      stretchEnd = Math.min(end, sample);
      continue;
    }
    if (stretch !== -1) {
      scoreStretch(text, stretch, stretchEnd, evidence, tally);
      stretch = -1;
    }
    tally.add(word.noted(evidence, of));
  }
  if (stretch !== -1) scoreStretch(text, stretch, stretchEnd, evidence, tally);
  return tally.scores();
}

/**
 * Scores summed in arrays, in the order each language is first seen (a handful of
 * languages: a scan beats a Map's hashing), and put in a Map in that order.
 */
class Tally {
  readonly #codes: LanguageCode[] = [];
  readonly #sums: number[] = [];
  readonly #letterCodes: LanguageCode[] = [];
  readonly #letterSums: number[] = [];

  add({ weights, letters }: WordEvidence): void {
    const codes = this.#codes;
    const sums = this.#sums;
    // Flat pairs, not a Map's entries: this runs for every word of every block's sample.
    for (let index = 0; index < weights.length; index += 2) {
      const code = weights[index] as LanguageCode;
      const at = codes.indexOf(code);
      if (at === -1) {
        codes.push(code);
        sums.push(weights[index + 1] as number);
      } else sums[at] = (sums[at] as number) + (weights[index + 1] as number);
    }
    for (const code of letters) {
      const at = this.#letterCodes.indexOf(code);
      if (at === -1) {
        this.#letterCodes.push(code);
        this.#letterSums.push(WEIGHTS.letter);
      } else this.#letterSums[at] = (this.#letterSums[at] as number) + WEIGHTS.letter;
    }
  }

  scores(): Map<LanguageCode, number> {
    const scores = new Map<LanguageCode, number>();
    this.#codes.forEach((code, index) => scores.set(code, this.#sums[index] as number));
    // Letters tip the balance between close languages; alone they never make a language
    // (binary noise is full of "å" and "ü").
    this.#letterCodes.forEach((code, index) =>
      scores.set(code, (scores.get(code) ?? 0) + Math.min(this.#letterSums[index] as number, LETTER_CAP)),
    );
    return scores;
  }
}

/** What one word, as written, says about its language. */
interface WordEvidence {
  /** Its weight per language, as flat code–weight pairs in the detector's order (empty if it does not know the word). */
  readonly weights: readonly (LanguageCode | number)[];
  /** The languages its telling letters point to, each once, in order. */
  readonly letters: readonly LanguageCode[];
}

/**
 * Each distinct word's evidence, worked out once per detector: a document of thousands of
 * words has a few hundred distinct ones. Bounded like the lexicon's word cache.
 */
class EvidenceCache {
  static readonly LIMIT = 50_000;
  readonly #detector: LanguageDetector;
  readonly #words = new Map<string, WordEvidence>();

  constructor(detector: LanguageDetector) {
    this.#detector = detector;
  }

  of(written: string): WordEvidence {
    let evidence = this.#words.get(written);
    if (evidence === undefined) {
      const word = foldWord(written);
      const seen = new Set<LanguageCode>();
      if (!/^[a-z']*$/.test(word))
        for (const char of word) for (const code of this.#detector.letters.get(char) ?? []) seen.add(code);
      const weights: (LanguageCode | number)[] = [];
      for (const [code, weight] of this.#detector.words.get(word) ?? NO_WEIGHTS) weights.push(code, weight);
      evidence = { weights, letters: [...seen] };
      if (this.#words.size >= EvidenceCache.LIMIT) this.#words.clear();
      this.#words.set(written, evidence);
    }
    return evidence;
  }
}

const NO_WEIGHTS: ReadonlyMap<LanguageCode, number> = new Map();

const evidenceCaches = new WeakMap<LanguageDetector, EvidenceCache>();

function evidenceCache(detector: LanguageDetector): EvidenceCache {
  let cache = evidenceCaches.get(detector);
  if (!cache) evidenceCaches.set(detector, (cache = new EvidenceCache(detector)));
  return cache;
}

function expectDetector(fn: string, detector: unknown): asserts detector is LanguageDetector {
  expectShape(fn, 'detector', detector, { words: 'object', letters: 'object', read: 'object' }, 'a language detector');
}

/** The language with the most evidence; ties go to a language the engine reads, then to English. */
function best(
  scores: ReadonlyMap<LanguageCode, number>,
  detector: LanguageDetector,
): [LanguageCode, number] | undefined {
  let top: [LanguageCode, number] | undefined;
  for (const [code, score] of scores) {
    if (
      !top ||
      score > top[1] ||
      (score === top[1] && detector.read.has(code) && (!detector.read.has(top[0]) || code === 'en'))
    )
      top = [code, score];
  }
  return top && top[1] > 0 ? top : undefined;
}

/**
 * Tells the language of a text from the language profiles' evidence: English when
 * there is nothing to go on. The answer may be a language the engine only detects
 * (`da`, `sv`, `nn`, `de`): such a text gets a notice, not findings.
 *
 * @param text - The text.
 * @param dataset - The knowledge base's records (for the profiles and vocabulary).
 * @returns A language code.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { detectLanguage } from 'meso-evidence/factcheck';
 * detectLanguage('Behandlingen er trygg og har ingen bivirkninger.', knowledgeBase.dataset); // 'nb'
 * detectLanguage('Mesoterapi fjerner fett.', knowledgeBase.dataset); // 'nb'
 * detectLanguage('Behandlingen fjerner fedt og er helt uden bivirkninger.', knowledgeBase.dataset); // 'da'
 * ```
 */
export function detectLanguage(text: string, dataset: Dataset): LanguageCode {
  expectString('detectLanguage', 'text', text);
  expectDataset('detectLanguage', dataset);
  const detector = languageDetector(dataset);
  const scores = scoreLanguages(text.slice(0, SAMPLE_CHARACTERS), detector);
  const top = best(scores, detector);
  if (!top) return 'en';
  // A language the engine does not read needs real evidence (a few stray letters in binary
  // noise are not Danish), and a document is read in a language the engine reads when that
  // has two thirds of the evidence or more (its other parts still get their notices).
  if (detector.read.has(top[0])) return top[0];
  const readBest = best(new Map([...scores].filter(([code]) => detector.read.has(code))), detector);
  if (top[1] >= SWITCH_MINIMUM && (!readBest || readBest[1] * DOCUMENT_RATIO < top[1])) return top[0];
  return readBest?.[0] ?? 'en';
}

/**
 * The language most of a document is in: the one whose blocks hold the most letters (a
 * tie goes to the language told for the whole). A bokmål page with a shorter Danish
 * paragraph is a bokmål page, though Danish spellings may weigh more than bokmål ones.
 *
 * @param texts - The blocks' texts, in order.
 * @param languages - Each block's language.
 * @param told - The language told for the whole document.
 * @returns A language code.
 * @example
 * ```ts
 * import { mainLanguage } from './language.js';
 * mainLanguage(['Mesoterapi er ikke godkjent av FDA.', 'Hvad siger I?'], ['nb', 'da'], 'da'); // 'nb'
 * ```
 */
export function mainLanguage(
  texts: readonly string[],
  languages: readonly LanguageCode[],
  told: LanguageCode,
): LanguageCode {
  expectArray('mainLanguage', 'texts', texts);
  expectArray('mainLanguage', 'languages', languages);
  expectString('mainLanguage', 'told', told);
  const letters = new Map<LanguageCode, number>();
  texts.forEach((text, i) => {
    const code = languages[i] ?? told;
    letters.set(code, (letters.get(code) ?? 0) + countLetters(text));
  });
  return mostLetters(letters, told);
}

/**
 * The number of letters (code points of category L) in a text, counted without an array
 * of every letter, so a block of megabytes costs no more than its length.
 *
 * @param text - The text.
 * @returns How many letters it has.
 * @example
 * ```ts
 * import { countLetters } from './language.js';
 * countLetters('Hår 2024, 𝐀!'); // 4
 * ```
 */
export function countLetters(text: string): number {
  let count = 0;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      // ASCII: A–Z, a–z.
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) count++;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one code point: a letter only as a whole (a lone surrogate is none).
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (LETTER().test(text.slice(index, index + 2))) count++;
        index++;
      }
    } else if (isLetterUnit(code)) count++;
  }
  return count;
}

const LETTER = lazyPattern(String.raw`^\p{L}$`, 'u');

/**
 * Whether a BMP code unit outside the surrogates is a letter: worked out once per unit and
 * kept in a table of fixed size (64 KiB), private to this module, which only speeds the
 * answer up — every call answers as the regular expression would.
 */
const letterUnits = new Uint8Array(0x10000);

function isLetterUnit(code: number): boolean {
  let known = letterUnits[code] as number;
  if (known === 0) letterUnits[code] = known = LETTER().test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/**
 * The language with the most letters, given each language's count (in the order the
 * languages were first seen); a tie goes to `told`, then to the first seen.
 *
 * @param letters - Letters per language, in the order each language was first seen.
 * @param told - The language told for the whole document.
 * @returns A language code.
 * @example
 * ```ts
 * import { mostLetters } from './language.js';
 * mostLetters(new Map([['nb', 30], ['da', 10]]), 'da'); // 'nb'
 * ```
 */
export function mostLetters(letters: ReadonlyMap<LanguageCode, number>, told: LanguageCode): LanguageCode {
  let main = told;
  for (const [code, count] of letters) if (count > (letters.get(main) ?? 0)) main = code;
  return main;
}

/**
 * The language of each block of a document. A block keeps the language of the block
 * before it (the first, the document's) unless its own evidence clearly says otherwise,
 * so a short heading or list item does not flip, and a paragraph in another language does.
 *
 * @param texts - The blocks' texts, in order.
 * @param documentLanguage - The document's language.
 * @param detector - The compiled evidence.
 * @returns One language code per block.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { blockLanguages, languageDetector } from './language.js';
 * blockLanguages(['Mesotherapy melts fat and it is safe.', 'Mesoterapi er ikke godkjent av FDA, og det er trygt.'], 'en',
 *   languageDetector(knowledgeBase.dataset)); // ['en', 'nb']
 * ```
 */
export function blockLanguages(
  texts: readonly string[],
  documentLanguage: LanguageCode,
  detector: LanguageDetector,
): LanguageCode[] {
  expectArray('blockLanguages', 'texts', texts);
  expectString('blockLanguages', 'documentLanguage', documentLanguage);
  expectDetector('blockLanguages', detector);
  for (const text of texts) expectString('blockLanguages', 'texts[]', text);
  let current = documentLanguage;
  return texts.map((text) => (current = nextBlockLanguage(text, current, documentLanguage, detector)));
}

/**
 * The language of the next block of a document, from the language of the block before
 * it (see {@link blockLanguages}, which calls this once per block): what a piecewise
 * reader carries from one block to the next is this one code.
 *
 * @param text - The block's text.
 * @param current - The language of the block before (the document's, for the first).
 * @param documentLanguage - The document's language.
 * @param detector - The compiled evidence.
 * @param scan - The words of `text`, when the caller has found them (`scanWords`): scored as found.
 * @returns The block's language.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { languageDetector, nextBlockLanguage } from './language.js';
 * nextBlockLanguage('Mesoterapi er ikke godkjent av FDA, og det er trygt.', 'en', 'en',
 *   languageDetector(knowledgeBase.dataset)); // 'nb'
 * ```
 */
export function nextBlockLanguage(
  text: string,
  current: LanguageCode,
  documentLanguage: LanguageCode,
  detector: LanguageDetector,
  scan?: WordScan,
): LanguageCode {
  const scores = scan
    ? scoreScanned(text, scan, Math.min(text.length, BLOCK_SAMPLE), detector)
    : scoreText(text.slice(0, BLOCK_SAMPLE), detector);
  const top = best(scores, detector);
  if (!top || top[0] === current) return current;
  const [code, score] = top;
  const against = Math.max(scores.get(current) ?? 0, scores.get(documentLanguage) ?? 0);
  // With not a word of the current language, a block leaves it on the evidence of the
  // others together: "Mesoterapi er trygt." in an English page is not English, though
  // its words are shared by bokmål, nynorsk and Danish; it goes to the best of them.
  let evidence = score;
  if (against === 0) for (const [other, s] of scores) if (other !== code) evidence += s;
  if (evidence >= SWITCH_MINIMUM && score >= SWITCH_RATIO * against + 1) return code;
  if (code === documentLanguage && score >= SWITCH_MINIMUM && score > (scores.get(current) ?? 0))
    return documentLanguage;
  return current;
}
