/**
 * `price-heading`: a heading that is a price-list item and names a treatment with an indication
 * ("Cellulite mesotherapy, per session – £160") says what its section's effect words are about.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import { textBetween, type Token } from '../tokenize.js';
import type { DiscourseRule } from './types.js';
import type { SentenceView } from '../sentence.js';

/** The dashes that set a price off from the item's name ("– £160", "— 1 700 kr"). */
const PRICE_DASH = /[–—-]/;
/** A number's digit group ("1", "700" of "1 700"). */
const DIGITS = /^\d+$/;

export const priceHeading: DiscourseRule = {
  kind: 'discourse',
  name: 'price-heading',
  note: ({ sentence, named }) =>
    named !== undefined && priceItem(sentence)
      ? (sentence.entities.filter((m) => m.ref.type === 'indication').at(-1)?.ref as { id: string } | undefined)?.id
      : undefined,
};

/**
 * Whether a heading is a price-list item: it ends in a price after a dash.
 *
 * @param sentence - The heading.
 * @returns True for a price line.
 */
function priceItem(sentence: SentenceView): boolean {
  const { tokens, text, start } = sentence;
  let last = tokens.length - 1;
  if (sentence.cues.some((m) => isRole(m, 'currency') && m.last === last)) last--;
  // The price's number, with its digit groups ("1 700").
  let first = last;
  while (first >= 0 && DIGITS.test((tokens[first] as Token).text)) first--;
  if (first === last || first < 0) return false;
  return PRICE_DASH.test(textBetween(text, start, tokens[first], tokens[first + 1]));
}
