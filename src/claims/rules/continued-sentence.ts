/**
 * `continued-sentence`: a clause that continues its sentence (", and reduces cellulite") is about
 * the subject an earlier clause of the sentence named.
 *
 * @module
 */
import { elidedSubject } from './elided-subject.js';
import type { ClauseSignal, ClauseSignalInput } from './types.js';

export const continuedSentence: ClauseSignal = {
  kind: 'signal',
  name: 'continued-sentence',
  holds: (input) =>
    input.context.subjectInSentence !== undefined &&
    (!input.clause.contrast || elidedSubject.holds(input)) &&
    !speakerSubject(input),
};

/**
 * Whether the clause has a subject of its own in a speaker ("we remove fat", "vi fjerner fett"): one
 * before its first effect word, or anywhere when it has none. A speaker after the effect word speaks
 * in a phrase of its own ("improves hydration in the studies we have") and leaves the subject as it is.
 */
function speakerSubject(input: ClauseSignalInput): boolean {
  const effect = input.cues('efficacy')[0];
  return input.cues('speaker').some((s) => effect === undefined || s.first < effect.first);
}
