/**
 * `field-value`: "**Sak:** 2026/0412 · **Tjeneste:** kosmetisk behandling (mesoterapi mot magefett) ·
 * **Vedtak:** 12. oktober 2026": in a line of fields set apart by middle dots, a treatment named with
 * the use it is for, and no word of effect, is a field's value (what the case, the booking or the
 * product is about), not a claim that it works; nor does another field ("**Resultat:** delvis medhold")
 * claim that use.
 *
 * @module
 */
import { setApartByDots } from '../segment.js';
import type { ClaimSuppressor } from './types.js';

export const fieldValue: ClaimSuppressor = {
  kind: 'suppress',
  name: 'field-value',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for') return false;
    // A use with no effect word ("mesoterapi mot magefett"), or a field whose label is an effect word
    // ("**Resultat:** delvis medhold") reaching back to a use named in another field.
    const useOnly = view.effects.length === 0 && view.purposes.length > 0;
    const inherited = placed.claim.object !== undefined && !view.indications.includes(placed.claim.object);
    return (useOnly || inherited) && setApartByDots(view.sentence.text);
  },
};
