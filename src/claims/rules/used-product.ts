/**
 * `used-product`: "The studio uses a lipolytic cocktail with phosphatidylcholine …", "Klinikken
 * bruker en lipolytisk cocktail": a product a sentence names only as what is used, after the text
 * has named the treatment it is about, is what that treatment is given with. What the next
 * sentences say with no treatment named ("There is no downtime") is still about the treatment. A
 * sentence that names a use of its own ("Under haken bruker vi deoksykolsyre") turns to a treatment
 * for that use: what follows is about the product.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { DiscourseRule } from './types.js';

/** How many words ("a", "en") may stand between the word of use and the product. */
const ARTICLE_REACH = 1;

export const usedProduct: DiscourseRule = {
  kind: 'discourse',
  name: 'used-product',
  note({ sentence, inContext }) {
    const first = sentence.entities.find((m) => m.ref.type === 'intervention' && !sentence.comparators.has(m));
    if (!first || inContext === undefined) return undefined;
    const id = (first.ref as { id: string }).id;
    if (id === inContext) return undefined;
    if (sentence.entities.some((m) => m.ref.type === 'indication')) return undefined;
    const used = sentence.cues.some(
      (c) => isRole(c, 'use') && c.last < first.first && first.first - c.last - 1 <= ARTICLE_REACH,
    );
    return used ? id : undefined;
  },
};
