/**
 * Tells English from Norwegian bokmål by counting common words.
 *
 * @module
 */
import type { Language } from '../schema/common.js';
import type { Dataset } from '../schema/kinds.js';
import { foldWord } from '../claims/fold.js';
import { expectShape, expectString } from '../guard.js';

/** How much text is read to tell the language. */
const SAMPLE_CHARACTERS = 20_000;

/**
 * Guesses the language of a text from the knowledge base's language-marker cues and
 * the letters æ, ø and å. English when there is nothing to go on.
 *
 * @param text - The text.
 * @param dataset - The knowledge base's records (for the marker words).
 * @returns `en` or `nb`.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { detectLanguage } from 'meso-evidence/factcheck';
 * detectLanguage('Behandlingen er trygg og har ingen bivirkninger.', knowledgeBase.dataset); // 'nb'
 * ```
 */
export function detectLanguage(text: string, dataset: Dataset): Language {
  expectString('detectLanguage', 'text', text);
  expectShape('detectLanguage', 'dataset', dataset, { cues: 'array' }, 'a dataset');
  const markers = { en: new Set<string>(), nb: new Set<string>() };
  for (const cue of dataset.cues) {
    if (cue.role !== 'language-marker') continue;
    for (const word of cue.phrases.en) markers.en.add(foldWord(word));
    for (const word of cue.phrases.nb) markers.nb.add(foldWord(word));
  }
  let en = 0;
  let nb = 0;
  for (const match of text.slice(0, SAMPLE_CHARACTERS).matchAll(/\p{L}+/gu)) {
    const word = foldWord(match[0]);
    if (markers.en.has(word)) en++;
    if (markers.nb.has(word)) nb++;
    if (/[æøå]/.test(word)) nb += 0.5;
  }
  return nb > en ? 'nb' : 'en';
}
