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
  description:
    'A question asks about the claims its clauses make when read as a statement, its "it" being the ' +
    'treatment the text is about there ("### Is it safe?", "Er mesoterapi godkjent av FDA?"), for a yes or ' +
    'no answering it (`elliptical-answer`). Only affirmed claims: an answer to "Isn\'t it …?", "Er det ' +
    'ikke …?" is ambiguous.',
  asks({ read, context }) {
    const claims = read(context).filter((claim) => claim.polarity === 'affirm');
    return claims.length > 0 ? { claims } : undefined;
  },
};
