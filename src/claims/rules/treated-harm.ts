/**
 * `treated-harm`: an effect word whose object is a harm ("the infections she treats",
 * "doctors treat the complications", «infeksjonene hun behandler») or a cause ("a cause that can
 * be treated", «en årsak som kan behandles») says someone treats the harm or the cause, not that a
 * treatment works for an indication. So does one with the patients treated and the harm after "for"
 * ("she has treated two young women for abscesses after fat-dissolving injections").
 *
 * @module
 */
import type { CueRole } from '../../schema/cue.js';
import { isRole } from '../sentence.js';
import type { CueSuppressor } from './types.js';

/**
 * The roles of the words that may stand between a harm and the effect word it is the object of: "that", "she",
 * "vi", and a verb's helpers ("that can be treated", «som kan behandles»).
 */
const BETWEEN_ROLES: readonly CueRole[] = ['relative', 'speaker', 'pronoun', 'plural-pronoun', 'modal', 'auxiliary'];

/** The most words between a harm and the effect word after it ("that can be"). */
const MAX_BETWEEN = 3;
/** The most words between an effect word and the harm after "for" ("treated two young women for"). */
const FOR_REACH = 5;
/** The role of the word that may stand between an effect word and the harm after it: "the". */
const ARTICLE: readonly CueRole[] = ['article'];

export const treatedHarm: CueSuppressor = {
  kind: 'cue',
  name: 'treated-harm',
  roles: ['efficacy'],
  drops(view, match) {
    const harms = [...view.cues('side-effect'), ...view.cues('cause-noun')];
    if (harms.length === 0) return false;
    const cues = view.sentence.cues;
    const covered = (at: number, roles: readonly CueRole[]): boolean =>
      cues.some((m) => m.first <= at && at <= m.last && roles.some((role) => isRole(m, role)));
    // Right after it, or after an article: "treat infections", "treat the complications".
    const after = harms.some(
      (h) => h.first === match.last + 1 || (h.first === match.last + 2 && covered(match.last + 1, ARTICLE)),
    );
    if (after) return true;
    // "treated two young women for abscesses": the harm after "for", a few words on.
    const purposes = view.cues('purpose');
    const treatedFor = harms.some(
      (h) =>
        h.first > match.last + 1 &&
        h.first - match.last - 1 <= FOR_REACH &&
        purposes.some((p) => p.last === h.first - 1 && p.first > match.last),
    );
    if (treatedFor) return true;
    // Before it, with only a relative word or a person between: "the infections she treats", "complications that we treat".
    return harms.some((h) => {
      const gap = match.first - h.last - 1;
      if (gap < 1 || gap > MAX_BETWEEN) return false;
      for (let at = h.last + 1; at < match.first; at++) if (!covered(at, BETWEEN_ROLES)) return false;
      return true;
    });
  },
};
