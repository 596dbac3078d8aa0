/**
 * Word normalisation for matching: case folding, diacritics, inflection endings.
 *
 * @module
 */

/**
 * Folds a word for comparison: lower case, accents and invisible format characters
 * (zero-width space, direction marks) removed (é → e, ü → u), while
 * the Norwegian letters æ, ø and å are kept — "hår" (hair) is not "har" (has).
 *
 * @param word - A word or phrase.
 * @returns The folded form.
 * @example
 * ```ts
 * import { foldWord } from './fold.js';
 * foldWord('Juvéderm'); // 'juvederm'
 * foldWord('HÅRTAP'); // 'hårtap'
 * ```
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: nothing to fold.
  if (/^[a-z0-9 -]*$/.test(lower)) return lower;
  return (
    lower
      // Invisible format characters (U+200B, U+200D, U+202E, U+FEFF…) are not part of the word.
      .replace(/\p{Cf}/gu, '')
      .normalize('NFD')
      .replace(/(?<!a)\u030a|[\u0300-\u0309\u030b-\u036f]/g, '')
      .normalize('NFC')
      .replace(/[’‘`´]/g, "'")
      .replace(/ö/g, 'ø')
      .replace(/ä/g, 'æ')
  );
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
