/**
 * `doubted-finding`: an effect the text reports from studies and then doubts in a contrast
 * ("A few small studies report thicker hair after several sessions, but most had no
 * comparison group", "… men resultatene er ikke blitt gjentatt") is uncertain, not asserted.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { ClaimQualifier } from './types.js';

export const doubtedFinding: ClaimQualifier = {
  kind: 'qualify',
  name: 'doubted-finding',
  polarity(view, placed) {
    if (placed.claim.polarity !== 'affirm') return undefined;
    const { sentence, clause } = view;
    const inside = (role: 'study' | 'study-doubt'): boolean =>
      sentence.cues.some((m) => isRole(m, role) && m.first >= clause.first && m.last <= clause.last);
    // "…, men resultatene er ikke blitt gjentatt": the doubt itself speaks of results, not of an effect.
    if (clause.contrast && inside('study-doubt')) return 'uncertain';
    if (!inside('study')) return undefined;
    const contrast = sentence.cues.find((m) => isRole(m, 'clause-break') && m.first > clause.last);
    if (!contrast) return undefined;
    const doubted = sentence.cues.some((m) => isRole(m, 'study-doubt') && m.first > contrast.last);
    return doubted ? 'uncertain' : undefined;
  },
};
