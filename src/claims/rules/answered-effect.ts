/**
 * `answered-effect`: the first sentence of the paragraph after a question about an effect, which
 * states an effect and names no use of its own ("### Can skin boosters help with fine lines?" /
 * "They soften them over two or three sessions", «**Hjelper mesoterapi mot cellulitter?**» / «De
 * fleste ser glattere hud etter fire behandlinger»), answers it: the effect is said of what the
 * question asked about. Not a bare result noun ("Most people need six sessions to see results").
 *
 * @module
 */
import { resultNounOnly } from './result-noun.js';
import type { ClaimRule, PlacedClaim } from './types.js';

export const answeredEffect: ClaimRule = {
  kind: 'claim',
  name: 'answered-effect',
  predicate: 'effective-for',
  read(view) {
    const asked = (view.context.asked ?? []).filter(
      (claim) => claim.predicate === 'effective-for' && claim.object !== undefined && claim.polarity === 'affirm',
    );
    if (asked.length === 0 || view.indications.length > 0) return [];
    // An answer that names another treatment speaks of that one.
    if (view.named.some((id) => !asked.some((claim) => claim.subject === id))) return [];
    const nounOnly = resultNounOnly(view);
    const effect = view.effects.find((m) => !nounOnly(m));
    if (!effect) return [];
    const polarity = view.polarityAt(effect.first);
    return asked.map((claim): PlacedClaim => ({
      at: effect.first,
      rule: 'answered-effect',
      claim: { ...claim, polarity },
    }));
  },
};
