/**
 * `topic-phrase`: a phrase that fronts the topic of its sentence ("When it comes to mesotherapy for
 * hereditary hair loss, there are a few small studies", "Når det gjelder mesoterapi mot arvelig
 * hårtap, …") names what the sentence speaks about: an effect claim whose words stand in it, up to
 * its comma, is not asserted.
 *
 * @module
 */
import { conditionEnd } from './condition.js';
import type { ClaimSuppressor } from './types.js';

export const topicPhrase: ClaimSuppressor = {
  kind: 'suppress',
  name: 'topic-phrase',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for' || placed.claim.polarity !== 'affirm') return false;
    const spans = view.cues('topic-phrase').map((cue) => [cue.first, conditionEnd(view, cue)] as const);
    if (spans.length === 0) return false;
    const inside = (token: number): boolean => spans.some(([from, to]) => token >= from && token < to);
    // "When it comes to hair loss, mesotherapy helps": an effect word after the comma is claimed.
    if (view.effects.length > 0) return view.effects.every((effect) => inside(effect.first));
    return inside(placed.at);
  },
};
