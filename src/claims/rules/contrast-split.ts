/**
 * `contrast-split`: a contrasting conjunction ("but", "men") or a concession a sentence
 * opens with ("While the FDA approved these compounds, they are not approved for
 * mesotherapy", "Mens …, er de ikke …") starts a clause with claims of its own.
 *
 * @module
 */
import { isRole, type LexiconMatch } from '../lexicon.js';
import { textBetween, type Token } from '../tokenize.js';
import type { ClauseSplit } from './types.js';

/** The clause split, as the registry lists it; `contrastStarts` applies it. */
export const contrastSplit: ClauseSplit = {
  kind: 'split',
  name: 'contrast-split',
};

/**
 * The token indexes where contrasting clauses start.
 *
 * @param tokens - The sentence's tokens.
 * @param cues - Its cue phrases.
 * @param text - The sentence's text.
 * @param base - The sentence's offset in the block text (token offsets are block offsets).
 * @returns The starts.
 */
export function contrastStarts(
  tokens: readonly Token[],
  cues: readonly LexiconMatch[],
  text: string,
  base: number,
): Set<number> {
  const starts = new Set<number>();
  const restrictions = new Set(cues.filter((m) => isRole(m, 'restriction')).map((m) => m.first));
  // "but only" narrows what came before; it starts no clause of its own.
  for (const m of cues)
    if (isRole(m, 'clause-break') && m.first > 0 && !restrictions.has(m.last + 1)) starts.add(m.first);
  const concessive = cues.find((m) => isRole(m, 'concessive') && m.first === 0);
  if (concessive) {
    for (let index = concessive.last + 1; index < tokens.length; index++) {
      if (textBetween(text, base, tokens[index - 1], tokens[index]).includes(',')) {
        starts.add(index);
        break;
      }
    }
  }
  return starts;
}
