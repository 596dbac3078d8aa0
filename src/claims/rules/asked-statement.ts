/**
 * `asked-statement`: a question asks about the claims it makes when read as a statement ("Is
 * it FDA-approved?": the treatment in context is FDA-approved), for a yes or no answering it.
 *
 * @module
 */
import type { QuestionRule } from './types.js';

export const askedStatement: QuestionRule = {
  kind: 'question',
  name: 'asked-statement',
  asks({ read, context }) {
    const claims = read(context).filter((claim) => claim.polarity === 'affirm');
    return claims.length > 0 ? { claims } : undefined;
  },
};
