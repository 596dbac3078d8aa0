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
): ReadonlySet<number> {
  let starts: Set<number> | undefined;
  // Read only when a sentence has a clause break (few do).
  let restrictions: Set<number> | undefined;
  // "but only" narrows what came before; it starts no clause of its own. Nor does the "but" of a negation
  // ("anything but harmless").
  const inNegation = (m: LexiconMatch): boolean =>
    cues.some((n) => isRole(n, 'negation') && n.first < m.first && n.last >= m.last);
  for (const m of cues)
    if (
      isRole(m, 'clause-break') &&
      m.first > 0 &&
      !(restrictions ??= new Set(cues.filter((r) => isRole(r, 'restriction')).map((r) => r.first))).has(m.last + 1) &&
      !inNegation(m)
    )
      (starts ??= new Set()).add(m.first);
  const concessive = cues.find((m) => isRole(m, 'concessive') && m.first === 0);
  if (concessive) {
    for (let index = concessive.last + 1; index < tokens.length; index++) {
      if (textBetween(text, base, tokens[index - 1], tokens[index]).includes(',')) {
        (starts ??= new Set()).add(index);
        break;
      }
    }
  }
  return starts ?? NO_STARTS;
}
/** What {@link contrastStarts} finds in most sentences: no start (one set, shared). */
const NO_STARTS: ReadonlySet<number> = new Set();
