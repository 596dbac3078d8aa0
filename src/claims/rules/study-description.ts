/**
 * `study-description`: an effect word after a linking verb whose subject is research ("The
 * studies of mesotherapy are smaller", "Studiene er mindre") describes the research, not what a
 * treatment does. So does one right before the research word ("the better trials are small",
 * «de bedre studiene er små»).
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { CueSuppressor } from './types.js';

/** How far after the research word its linking verb may stand ("studies of mesotherapy are"). */
const VERB_REACH = 3;

/** How many words (a determiner) may open the clause before the research word. */
const OPENING = 1;

export const studyDescription: CueSuppressor = {
  kind: 'cue',
  name: 'study-description',
  roles: ['efficacy'],
  drops(view, match) {
    // "the better trials", «de bedre studiene»: the word describes the research named right after it.
    if (view.cues('study').some((s) => s.first === match.last + 1)) return true;
    const verb = match.first - 1;
    if (!view.cues('auxiliary').some((m) => m.first === verb && m.last === verb)) return false;
    const { clause, sentence } = view;
    const study = view
      .cues('study')
      .find((s) => s.first - clause.first <= OPENING && s.last < verb && verb - s.last <= VERB_REACH);
    if (!study) return false;
    // Nothing between the research word and the verb says what it found ("studies show", "viser").
    return !sentence.cues.some(
      (m) =>
        m.first > study.last &&
        m.first < verb &&
        (isRole(m, 'efficacy') || isRole(m, 'finding') || isRole(m, 'demonstration')),
    );
  },
};
