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
    if (!asked || asked.length === 0 || !view.opensSentence) return [];
    // A sentence that names a treatment or a use says its own claims; one about safety doubts no effect.
    if (view.named.length > 0 || view.indications.length > 0 || view.has('safety-topic')) return [];
    const evidence = view.cues('evidence-topic')[0] ?? view.cues('effect-topic')[0] ?? view.cues('study')[0];
    // A hedge of the evidence alone ("I have seen no good evidence of that", "There is little
    // evidence for this") gives its own polarity: denied or uncertain.
    const hedge = evidence ? undefined : view.cues('hedge')[0];
    const at = evidence ?? hedge;
    if (!at) return [];
    // Doubted: negated ("ingen gode studier") or hedged ("tynn eller fraværende").
    const polarity = view.polarityAt(view.clause.last + 1);
    if (polarity === 'affirm') return [];
    return asked
      .filter((claim) => claim.predicate === 'effective-for' && claim.polarity === 'affirm')
      .map((claim): PlacedClaim => ({
        at: at.first,
        rule: 'doubted-question',
        claim: { ...claim, polarity: hedge ? polarity : 'negate' },
      }));
  },
};
