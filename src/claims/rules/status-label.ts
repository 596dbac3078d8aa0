/**
 * `status-label`: an effect word right after a label that gives what was done with a text or a case
 * ("Vurdering: Fjernet og meldt til Legemiddelverket", "Status: removed"), in a clause that names no
 * use, is done to the text: it is no effect claim, and takes no use from the paragraph.
 *
 * @module
 */
import { isRole } from '../lexicon.js';
import type { CueSuppressor } from './types.js';

/** How far after the label the effect word may stand: past the colon and one word ("Vurdering: Må fjernes"). */
const LABEL_REACH = 2;

export const statusLabel: CueSuppressor = {
  kind: 'cue',
  name: 'status-label',
  roles: ['efficacy'],
  drops: (view, match) =>
    view.indications.length === 0 &&
    view.sentence.cues.some(
      (m) => isRole(m, 'status-label') && m.first === 0 && m.last < match.first && match.first - m.last <= LABEL_REACH,
    ),
};
