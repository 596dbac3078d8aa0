/**
 * Text normalisation for search: case and diacritics folded, words split, and
 * common inflection endings stripped in English and Norwegian bokmål.
 *
 * @module
 */
import type { Language } from '../schema/common.js';
import { expectString } from '../guard.js';
import { foldForSearch } from '../claims/fold.js';
import { languages } from '../generated/languages.js';
import { lazyPattern } from '../lazy-pattern.js';

/**
 * The word endings stripped when matching, per language, from the language profiles
 * (`data/languages/*.yaml`): English plural and verb endings, Norwegian definite and
 * plural endings. The fact-check engine strips the same ones.
 *
 * @example
 * ```ts
 * import { INFLECTION_ENDINGS } from 'meso-evidence';
 * INFLECTION_ENDINGS.nb.includes('ene'); // true
 * ```
 */
export const INFLECTION_ENDINGS: Readonly<Record<Language, readonly string[]>> = Object.freeze({
  en: endingsOf('en'),
  nb: endingsOf('nb'),
});

function endingsOf(code: Language): readonly string[] {
  const profile = languages.find((p) => p.id === code);
  return Object.freeze((profile?.inflection ?? []).map((ending) => foldForSearch(ending)));
}

const ALL_ENDINGS: readonly string[] = [...new Set([...INFLECTION_ENDINGS.en, ...INFLECTION_ENDINGS.nb])];

/** Stems shorter than this are not produced. */
const MIN_STEM = 3;

/**
 * Folds text for comparison: lower case, diacritics removed, `ø` → `o`, `æ` → `ae`, as
 * the language profiles say (the fact-check engine's fold, spelt plainly for search).
 *
 * @param text - Any text.
 * @returns The folded text.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { foldText } from 'meso-evidence';
 * foldText('Hårtap og Fettfjerning – Mesothérapie'); // 'hartap og fettfjerning – mesotherapie'
 * ```
 */
export function foldText(text: string): string {
  expectString('foldText', 'text', text);
  return foldForSearch(text);
}

/** What is not a letter or a digit. */
const NOT_WORD = lazyPattern(String.raw`[^\p{L}\p{N}]+`, 'u');

/**
 * Splits folded text into words (letters and digits).
 *
 * @internal
 */
export function words(text: string): string[] {
  return foldText(text)
    .split(NOT_WORD())
    .filter((w) => w.length > 0);
}

/**
 * A word and the stems left when one inflection ending is stripped.
 *
 * @internal
 */
export function variants(word: string, lang?: Language): readonly string[] {
  const endings = lang === undefined ? ALL_ENDINGS : INFLECTION_ENDINGS[lang];
  const out = [word];
  for (const ending of endings) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) out.push(word.slice(0, -ending.length));
  }
  return out;
}
