/**
 * `continued-sentence`: a clause that continues its sentence (", and reduces cellulite") is about
 * the subject an earlier clause of the sentence named.
 *
 * @module
 */
import { elidedSubject } from './elided-subject.js';
import type { ClauseSignal } from './types.js';

export const continuedSentence: ClauseSignal = {
  kind: 'signal',
  name: 'continued-sentence',
  holds: (input) =>
    input.context.subjectInSentence !== undefined &&
    (!input.clause.contrast || elidedSubject.holds(input)) &&
    !input.has('speaker'),
};
