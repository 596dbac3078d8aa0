/**
 * `hedged-finding`: a study's finding put as a possibility ("a 2023 review found that
 * mesotherapy may be useful for hair loss", "fant at mesoterapi kan ha en viss effekt") is
 * a hedged claim, not an assertion.
 *
 * @module
 */
import { isRole } from '../lexicon.js';
import type { ClaimQualifier } from './types.js';

export const hedgedFinding: ClaimQualifier = {
  kind: 'qualify',
  name: 'hedged-finding',
  polarity(view, placed) {
    if (placed.claim.polarity !== 'affirm') return undefined;
    // The finding stands before the claim's indication, or before its effect word when the indication
    // comes first ("For hair loss, a review concluded that mesotherapy may help").
    const effectAfter = (at: number): boolean => view.effects.some((e) => e.first > at);
    const finding = view.sentence.cues.find((m) => isRole(m, 'finding') && (m.last < placed.at || effectAfter(m.last)));
    if (!finding) return undefined;
    const reach = Math.max(placed.at, ...view.effects.filter((e) => e.first > finding.last).map((e) => e.first));
    // "Studies have shown that it can reduce fat": after a demonstration, "can" is what was shown.
    const demonstrated = view.sentence.cues.some((m) => isRole(m, 'demonstration') && m.last === finding.last);
    const ability = (at: number): boolean => view.sentence.cues.some((m) => isRole(m, 'ability') && m.first === at);
    const modal = view.sentence.cues.some(
      (m) =>
        m.ref.type === 'cue' &&
        m.ref.role === 'modal' &&
        m.first > finding.last &&
        m.first <= reach + 3 &&
        !(demonstrated && ability(m.first)),
    );
    return modal ? 'uncertain' : undefined;
  },
};
