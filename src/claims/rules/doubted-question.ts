/**
 * `doubted-question`: a sentence that doubts the evidence, right after a question or a run of
 * questions in its paragraph ("Men mesoterapi mot cellulitter? Skinbooster mot dype rynker? Her er
 * dokumentasjonen enten tynn eller fraværende.", "Mesotherapy for cellulite? There are no good
 * studies that show it."), answers them: what they asked is denied.
 *
 * @module
 */
import type { ClaimRule, PlacedClaim } from './types.js';

export const doubtedQuestion: ClaimRule = {
  kind: 'claim',
  name: 'doubted-question',
  predicate: 'effective-for',
  read(view) {
    const asked = view.context.runAsked;
    if (!asked || asked.length === 0 || view.clause.first !== 0) return [];
    // A sentence that names a treatment or a use says its own claims; one about safety doubts no effect.
    if (view.named.length > 0 || view.indications.length > 0 || view.has('safety-topic')) return [];
    const evidence = view.cues('evidence-topic')[0] ?? view.cues('effect-topic')[0] ?? view.cues('study')[0];
    if (!evidence) return [];
    // Doubted: negated ("ingen gode studier") or hedged ("tynn eller fraværende").
    if (view.polarityAt(view.clause.last + 1) === 'affirm') return [];
    return asked
      .filter((claim) => claim.predicate === 'effective-for' && claim.polarity === 'affirm')
      .map((claim): PlacedClaim => ({
        at: evidence.first,
        rule: 'doubted-question',
        claim: { ...claim, polarity: 'negate' },
      }));
  },
};
