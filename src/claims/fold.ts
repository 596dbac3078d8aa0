/**
 * Word normalisation for matching: case folding, diacritics, inflection endings — as the
 * language profiles (`data/languages/*.yaml`) say. One fold for the engine and the search.
 *
 * @module
 */
import { languages as bundledLanguages } from '../generated/languages.js';
import type { LanguageProfile } from '../schema/language.js';
import { expectArray, expectShape, expectString } from '../guard.js';
import { lazyPattern } from '../lazy-pattern.js';

/**
 * How letters fold, from the language profiles together (texts mix languages, and names
 * cross borders, so every language's words fold the same way).
 *
 * @example
 * ```ts
 * import { foldingOf } from './fold.js';
 * const folding = foldingOf([{ id: 'nb', name: 'Norwegian bokmål', read: true, keepMarks: ['å'], detection: { words: ['og'] } }]);
 * folding.keep.has('å'); // true
 * ```
 */
export interface Folding {
  /** Letters whose accent is part of the letter (å). */
  readonly keep: ReadonlySet<string>;
  /** Letters written for another letter (ö → ø). */
  readonly letters: ReadonlyMap<string, string>;
  /** Plain spellings for search (ø → o, æ → ae). */
  readonly search: ReadonlyMap<string, string>;
  /** Folded letters, by letter: filled as words are folded. */
  readonly cache: Map<string, string>;
}

/**
 * The folding the given language profiles describe together.
 *
 * @param profiles - Language profiles.
 * @returns Their folding.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { foldingOf } from './fold.js';
 * foldingOf(knowledgeBase.dataset.languages).search.get('ø'); // 'o'
 * ```
 */
export function foldingOf(profiles: readonly LanguageProfile[]): Folding {
  expectArray('foldingOf', 'profiles', profiles);
  for (const profile of profiles)
    expectShape('foldingOf', 'profiles[]', profile, { id: 'string' }, 'a language profile');
  const keep = new Set<string>();
  const letters = new Map<string, string>();
  const search = new Map<string, string>([
    // Letters of no profile that searchers type plainly all the same.
    ['œ', 'oe'],
    ['ß', 'ss'],
    ['đ', 'd'],
    ['ł', 'l'],
    ['ı', 'i'],
  ]);
  for (const profile of profiles) {
    for (const letter of profile.keepMarks ?? []) keep.add(letter.normalize('NFC'));
    for (const [from, to] of Object.entries(profile.folds ?? {}))
      letters.set(from.normalize('NFC'), to.normalize('NFC'));
    for (const [from, to] of Object.entries(profile.searchFolds ?? {})) search.set(from.normalize('NFC'), to);
  }
  return { keep, letters, search, cache: new Map() };
}

/** The folding of the bundled language profiles. */
export const BUNDLED_FOLDING: Folding = /* @__PURE__ */ foldingOf(bundledLanguages);

/** Combining marks (accents written apart from their letter after NFD). */
const MARKS = lazyPattern(String.raw`\p{M}+`, 'gu');

/** Invisible format characters. */
const FORMAT_CHARACTERS = lazyPattern(String.raw`\p{Cf}`, 'gu');

function foldLetter(char: string, folding: Folding): string {
  let out = folding.cache.get(char);
  if (out === undefined) {
    if (folding.keep.has(char)) out = char;
    else {
      out = folding.letters.get(char) ?? char.normalize('NFD').replace(MARKS(), '');
    }
    folding.cache.set(char, out);
  }
  return out;
}

/**
 * Folds a word for comparison: lower case, invisible format characters (zero-width
 * space, direction marks) removed, accents removed (é → e, ü → u) except where a
 * language profile keeps them — "hår" (hair) is not "har" (has) — and letters a
 * profile folds (ö → ø) replaced.
 *
 * @param word - A word or phrase.
 * @param folding - The folding (the bundled profiles' by default).
 * @returns The folded form.
 * @example
 * ```ts
 * import { foldWord } from './fold.js';
 * foldWord('Juvéderm'); // 'juvederm'
 * foldWord('HÅRTAP'); // 'hårtap'
 * ```
 */
export function foldWord(word: string, folding: Folding = BUNDLED_FOLDING): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: nothing to fold.
  if (/^[a-z0-9 -]*$/.test(lower)) return lower;
  // Invisible format characters (U+200B, U+200D, U+202E, U+FEFF…) are not part of the word.
  const composed = lower
    .replace(FORMAT_CHARACTERS(), '')
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'");
  let out = '';
  for (const char of composed) out += char.charCodeAt(0) < 0x80 ? char : foldLetter(char, folding);
  return out;
}

/**
 * Folds text for search, where people type without their language's letters: the
 * word fold, then plain spellings (`ø` → `o`, `æ` → `ae`, `å` → `a`).
 *
 * @param text - Any text.
 * @param folding - The folding (the bundled profiles' by default).
 * @returns The folded text.
 * @example
 * ```ts
 * import { foldForSearch } from './fold.js';
 * foldForSearch('Hårtap'); // 'hartap'
 * ```
 */
export function foldForSearch(text: string, folding: Folding = BUNDLED_FOLDING): string {
  expectString('foldForSearch', 'text', text);
  const folded = foldWord(text, folding);
  // ASCII only (no code unit above U+007F), as `/^\p{ASCII}*$/u` says, without the Unicode tables.
  if (/^[^\u0080-\uffff]*$/.test(folded)) return folded;
  let out = '';
  for (const char of folded) out += folding.search.get(char) ?? char;
  return out;
}

/**
 * Strips the longest inflection ending that leaves at least three letters.
 *
 * @param folded - A folded word.
 * @param endings - Endings to try, any order.
 * @returns The stem.
 * @example
 * ```ts
 * import { stemWord } from './fold.js';
 * stemWord('cellulitter', ['e', 'er', 'ene']); // 'cellulitt'
 * ```
 */
export function stemWord(folded: string, endings: readonly string[]): string {
  let best = '';
  for (const ending of endings) {
    if (ending.length > best.length && folded.length - ending.length >= 3 && folded.endsWith(ending)) best = ending;
  }
  return best === '' ? folded : folded.slice(0, folded.length - best.length);
}
