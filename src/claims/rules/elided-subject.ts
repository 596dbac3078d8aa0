/**
 * `elided-subject`: a contrasting clause that opens with a verb ("but is not approved", "but not
 * approved by the FDA", "men ikke godkjent av FDA") has left its subject out: it is the sentence's.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { ClauseSignal } from './types.js';

export const elidedSubject: ClauseSignal = {
  kind: 'signal',
  name: 'elided-subject',
  holds({ sentence, clause }) {
    if (!clause.contrast) return false;
    // The clause's first word after its conjunction; a main clause after a concession has none, and in
    // bokmål it opens with the verb ("Mens …, er stoffet ikke godkjent").
    const opener = sentence.cues.some((m) => isRole(m, 'clause-break') && m.first === clause.first)
      ? clause.first + 1
      : clause.first;
    if (sentence.cues.some((m) => (isRole(m, 'efficacy') || isRole(m, 'auxiliary')) && m.first === opener)) return true;
    // A negated verb ("but not approved by the FDA", "men ikke godkjent").
    const verbAt = (at: number): boolean =>
      sentence.cues.some(
        (m) => (isRole(m, 'efficacy') || isRole(m, 'auxiliary') || isRole(m, 'approval')) && m.first === at,
      );
    return sentence.cues.some(
      (m) => isRole(m, 'negation') && m.first === opener && m.last === m.first && verbAt(m.last + 1),
    );
  },
};
