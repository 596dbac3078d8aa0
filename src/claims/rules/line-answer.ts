/**
 * `line-answer`: a question that ends its line, with the answer on the next line of the same
 * paragraph ("**Is it FDA-approved?**" / "No. It is sold as a cosmetic accessory."), is answered
 * there as it would be in the next paragraph: a yes or no that opens that line answers it.
 *
 * @module
 */
import type { DiscourseRule } from './types.js';

/** What the rule notes: that the question ends its line. */
export const LINE_ANSWER = 'line';

/** The rest of a line after a question, up to its break: spaces only. */
const LINE_END = /^[^\S\n]*\n/;

export const lineAnswer: DiscourseRule = {
  kind: 'discourse',
  name: 'line-answer',
  note: ({ sentence, following }) =>
    sentence.text.trimEnd().endsWith('?') && following !== undefined && LINE_END.test(following)
      ? LINE_ANSWER
      : undefined,
};
