/**
 * `appraisal-task`: a clause that sets the evidence for a use as a task to weigh ("Weigh the evidence
 * for fat, cellulite, skin and hair claims", a lecture's learning outcome; «Vurder dokumentasjonen for
 * mesoterapi mot hårtap», a pupil's task) names what is to be judged, not a claim that it works.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const appraisalTask: ClaimSuppressor = {
  kind: 'suppress',
  name: 'appraisal-task',
  drops: (view, placed) =>
    placed.claim.predicate === 'effective-for' && view.cues('appraisal').some((m) => m.last < placed.at),
};
