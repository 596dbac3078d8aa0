/**
 * `approval-question`: a question that asks about an approval and names no regulator ("**Er det
 * godkjent?**", "Is it approved?") asks, among other things, whether the FDA approved it — for an
 * answer that names the FDA (`approver-answer`); a bare "Yes." answers nothing about the FDA.
 *
 * @module
 */
import type { QuestionRule } from './types.js';

export const approvalQuestion: QuestionRule = {
  kind: 'question',
  name: 'approval-question',
  asks({ sentence, context, read }) {
    if (!sentence.has('approval') || sentence.has('fda')) return undefined;
    const approval = read({ ...context, fdaNearby: true }).filter(
      (claim) => claim.predicate === 'fda-approved' && claim.object === undefined && claim.polarity === 'affirm',
    );
    return approval.length > 0 ? { approval } : undefined;
  },
};
