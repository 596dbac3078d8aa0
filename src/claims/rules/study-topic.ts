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

export const studyTopic: ClaimSuppressor = {
  kind: 'suppress',
  name: 'study-topic',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for' || placed.claim.polarity !== 'affirm') return false;
    if (view.effects.some((e) => e.first < placed.at)) return false;
    const purpose = view.purposes.find((p) => p.last < placed.at && placed.at - p.last <= 3);
    if (!purpose) return false;
    const studies = [...view.cues('study'), ...view.cues('use-topic')];
    return view.interventions.some(
      (i) => i.last < purpose.first && studies.some((s) => s.last < i.first && i.first - s.last <= REACH),
    );
  },
};
