/**
 * What `absence-of-evidence` and `effect-doubt` share: a clause that doubts a treatment's
 * safety or effect without naming the treatment ("its safety has not been proven") is
 * about the treatment in context.
 *
 * @module
 */
import type { ClauseView } from './types.js';

/**
 * The treatments a clause is about: those it names, else the one an earlier clause of the sentence
 * names when a pronoun refers back to it ("Fat-dissolving injections are not a weight-loss treatment,
 * and the evidence that they shift fat is limited"), else the one in context, else none.
 *
 * @param view - The clause.
 * @returns Intervention ids.
 */
export function subjectsOrContext(view: ClauseView): readonly string[] {
  if (view.subjects.length > 0) return view.subjects;
  const inSentence = view.context.subjectInSentence;
  if (inSentence !== undefined && (view.cues('pronoun').length > 0 || view.cues('plural-pronoun').length > 0))
    return [inSentence];
  return view.context.contextSubject === undefined ? [] : [view.context.contextSubject];
}
