/**
 * `other-product`: a clause that names a product other than the one in context ("Aqualyx is not
 * FDA-approved; the FDA has approved a different product for the chin", "FDA har godkjent et annet
 * produkt mot dobbelthake") speaks of that product, not of the treatment the text is about. So does one
 * whose subject is diet and exercise ("…; a steady calorie deficit works everywhere"), named before the
 * claim's words: after them they are what the treatment is set against ("fat that diet cannot shift").
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
    // "It works better than another treatment", "It works best with diet and exercise": a product compared
    // with, or taken with, is not the clause's subject.
    const comparators = view.sentence.cues.filter((m) => isRole(m, 'comparator') || isRole(m, 'composition'));
    const apart = (m: { first: number }): boolean => !comparators.some((c) => c.last === m.first - 1);
    // Diet and exercise as the subject, before the clause's first effect word ("a calorie deficit works everywhere").
    const effect = view.effects[0]?.first ?? placed.at;
    return view.cues('other-product').some(apart) || view.cues('lifestyle').some((m) => m.first < effect && apart(m));
  },
};
