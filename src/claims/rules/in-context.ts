/**
 * What `absence-of-evidence` and `effect-doubt` share: a clause that doubts a treatment's
 * safety or effect without naming the treatment ("its safety has not been proven") is
 * about the treatment in context.
 *
 * @module
 */
import type { ClauseView } from './types.js';

/**
 * The treatments a clause is about: those it names, else the one in context, else none.
 *
 * @param view - The clause.
 * @returns Intervention ids.
 */
export function subjectsOrContext(view: ClauseView): readonly string[] {
  if (view.subjects.length > 0) return view.subjects;
  return view.context.contextSubject === undefined ? [] : [view.context.contextSubject];
}
