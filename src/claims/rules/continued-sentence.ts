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
  description:
    'A clause after one that named a treatment continues the sentence, and keeps its subject for ' +
    '`sentence-subject` and `effective-for` (", and reduces cellulite"), unless it contrasts and brings a ' +
    'subject of its own (see `elided-subject`) or has a speaker of its own ("and I have seen scarring after it", ' +
    '"og jeg har sett arr").',
  holds: (input) =>
    input.context.subjectInSentence !== undefined &&
    (!input.clause.contrast || elidedSubject.holds(input)) &&
    !input.has('speaker'),
};
