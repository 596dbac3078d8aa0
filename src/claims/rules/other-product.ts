/**
 * `other-product`: a clause that names a product other than the one in context ("Aqualyx is not
 * FDA-approved; the FDA has approved a different product for the chin", "FDA har godkjent et annet
 * produkt mot dobbelthake") speaks of that product, not of the treatment the text is about.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { ClaimSuppressor } from './types.js';

export const otherProduct: ClaimSuppressor = {
  kind: 'suppress',
  name: 'other-product',
  drops(view, placed) {
    if (view.named.includes(placed.claim.subject)) return false;
    // "It works better than another treatment": a product compared with is not the clause's subject.
    const comparators = view.sentence.cues.filter((m) => isRole(m, 'comparator'));
    return view.cues('other-product').some((m) => !comparators.some((c) => c.last === m.first - 1));
  },
};
