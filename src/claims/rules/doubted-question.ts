/**
 * `doubted-question`: a sentence that doubts the evidence, right after a question or a run of
 * questions in its paragraph ("Men mesoterapi mot cellulitter? Skinbooster mot dype rynker? Her er
 * dokumentasjonen enten tynn eller fraværende.", "Mesotherapy for cellulite? There are no good
 * studies that show it."), answers them: what they asked is denied. So does the first sentence of the
 * paragraph after a question that ended its own (an FAQ's answer: "**Does mesotherapy help cellulite?**" /
 * "There are not many large studies, so we cannot promise anything.").
 *
 * @module
 */
import { evidenceDoubt } from './evidence-doubt.js';
import type { ClaimRule, PlacedClaim } from './types.js';

export const doubtedQuestion: ClaimRule = {
  kind: 'claim',
  name: 'doubted-question',
  predicate: 'effective-for',
  read(view) {
    const asked = view.context.runAsked ?? view.context.asked;
    if (!asked || asked.length === 0 || !view.opensSentence) return [];
    // A sentence that names a treatment or a use says its own claims; one about safety doubts no effect.
    if (view.named.length > 0 || view.indications.length > 0 || view.has('safety-topic')) return [];
    // Doubted evidence, negated ("ingen gode studier") or hedged ("tynn eller fraværende"), denies the
    // effect; a hedge alone ("I have seen no good evidence of that", "There is little evidence for
    // this") gives its own polarity: denied or uncertain.
    const doubt = evidenceDoubt(view, ['evidence-topic', 'effect-topic', 'study']);
    if (!doubt) return [];
    return asked
      .filter((claim) => claim.predicate === 'effective-for' && claim.polarity === 'affirm')
      .map((claim): PlacedClaim => ({
        at: doubt.at,
        rule: 'doubted-question',
        claim: { ...claim, polarity: doubt.topic ? 'negate' : doubt.polarity },
      }));
  },
};
