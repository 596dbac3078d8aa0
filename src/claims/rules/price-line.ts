/**
 * `price-line`: a line that ends in a price ("**Skinbooster (Profhilo)** · 30 min · 2 900 kr", "Skin
 * booster · £290") is a card's name line, over its description on the next line of the paragraph
 * ("Fukter huden innenfra …"): the description starts a clause of its own, which keeps the treatment
 * the name line named (`continued-sentence`) and is placed on its own line.
 *
 * @module
 */
import { isRole, type LexiconMatch } from '../lexicon.js';
import { textBetween, type Token } from '../tokenize.js';
import type { ClauseSplit } from './types.js';

/** The clause split, as the registry lists it; `priceLineStarts` applies it. */
export const priceLine: ClauseSplit = {
  kind: 'split',
  name: 'price-line',
};

/** A number's digit group ("1", "390" of "1 390"). */
const DIGITS = /^\d+$/;
/** Currency signs, written before a price ("£290", "€ 150"); currency words after one are `currency` cues. */
const CURRENCY_SIGN = /[£$€]\s*$/;

/**
 * The token indexes where a clause starts after a line that ends in a price.
 *
 * @param tokens - The sentence's tokens.
 * @param cues - Its cue phrases.
 * @param text - The sentence's text.
 * @param base - The sentence's offset in the block text (token offsets are block offsets).
 * @returns The starts.
 */
export function priceLineStarts(
  tokens: readonly Token[],
  cues: readonly LexiconMatch[],
  text: string,
  base: number,
): ReadonlySet<number> {
  let starts: Set<number> | undefined;
  // Read only at a line break between two words (few sentences have one).
  let currencies: Set<number> | undefined;
  for (let index = 1; index < tokens.length; index++) {
    if (!breaksLine(text, base, tokens[index - 1] as Token, tokens[index] as Token)) continue;
    // "1 390 kr": a currency word after the number; "£290": a sign before it.
    const named = (currencies ??= new Set(cues.filter((m) => isRole(m, 'currency')).map((m) => m.last))).has(index - 1);
    const last = named ? index - 2 : index - 1;
    if (last < 0 || !DIGITS.test((tokens[last] as Token).text)) continue;
    let first = last;
    while (first > 0 && DIGITS.test((tokens[first - 1] as Token).text)) first--;
    const before =
      first === 0
        ? text.slice(0, (tokens[0] as Token).start - base)
        : textBetween(text, base, tokens[first - 1], tokens[first]);
    if (named || CURRENCY_SIGN.test(before)) (starts ??= new Set()).add(index);
  }
  return starts ?? NO_STARTS;
}
/** What {@link priceLineStarts} finds in most sentences: no start (one set, shared). */
const NO_STARTS: ReadonlySet<number> = new Set();

/** Whether a line break stands between two tokens (read where it stands: no copy of each gap). */
function breaksLine(text: string, base: number, left: Token, right: Token): boolean {
  for (let at = left.end - base; at < right.start - base; at++) if (text.charCodeAt(at) === 0x0a) return true;
  return false;
}
