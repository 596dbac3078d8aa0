/**
 * `study-topic`: "Trials of mesotherapy for cellulite are few, small and short" names what
 * was studied; "for cellulite" is the trials' topic, not a claim that mesotherapy works. So is a
 * use named as a topic ("Uses of mesotherapy for hair loss are outside the scope of this statement").
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

/** How far a treatment may stand after the research word ("trials of mesotherapy", "studier av mesoterapi"). */
const REACH = 2;

/** How far when a preposition follows the research word ("studies on facial mesotherapy", not "studies found that it"). */
const PREPOSITION_REACH = 3;

export const studyTopic: ClaimSuppressor = {
  kind: 'suppress',
  name: 'study-topic',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for' || placed.claim.polarity !== 'affirm') return false;
    if (view.effects.some((e) => e.first < placed.at)) return false;
    const purpose = view.purposes.find((p) => p.last < placed.at && placed.at - p.last <= 3);
    if (!purpose) return false;
    const studies = [...view.cues('study'), ...view.cues('use-topic')];
    const prepositions = view.cues('preposition');
    const reaches = (s: { readonly last: number }, first: number): boolean =>
      first - s.last <= REACH ||
      (first - s.last <= PREPOSITION_REACH && prepositions.some((p) => p.first === s.last + 1));
    return view.interventions.some(
      (i) => i.last < purpose.first && studies.some((s) => s.last < i.first && reaches(s, i.first)),
    );
  },
};
