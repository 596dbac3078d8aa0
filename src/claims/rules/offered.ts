/**
 * `offered`: "Mesotherapy for hair thinning, cellulite and skin quality is offered as a cosmetic
 * treatment" says what is on offer, not that it works: an effect read only from a purpose word
 * ("for hair thinning", "mot hårtap") in a clause that says the treatment is offered is no claim.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

/** How far into a purpose phrase, after its article, an effect word describes its noun: "for a slimmer jawline". */
const PURPOSE_REACH = 2;

export const offered: ClaimSuppressor = {
  kind: 'suppress',
  name: 'offered',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for' || placed.rule !== 'effective-for') return false;
    // An effect word or a hedge in the clause is read as it would be without the offer; not one describing
    // the noun of the purpose phrase ("offered for a slimmer jawline"), which is still what is on offer (a
    // verb is an effect of its own: «tilbys for å redusere cellulitter»).
    const articles = [...view.cues('indefinite-article'), ...view.cues('article')];
    const inPurpose = (e: { first: number }): boolean =>
      view.purposes.some(
        (p) =>
          e.first > p.last &&
          e.first - p.last <= PURPOSE_REACH &&
          articles.some((a) => a.first > p.last && a.last < e.first),
      );
    const ownEffect = view.effects.some((e) => !inPurpose(e));
    if (ownEffect || view.hedged || view.context.listItem) return false;
    return view.cues('offer').length > 0;
  },
};
