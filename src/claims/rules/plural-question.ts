/**
 * `plural-question`: a question that asks about treatments in the plural ("Are polynucleotides
 * safe?", "What do they treat?") gives the "they", "de" of its answer its meaning.
 *
 * @module
 */
import type { DiscourseRule } from './types.js';

export const pluralQuestion: DiscourseRule = {
  kind: 'discourse',
  name: 'plural-question',
  description:
    'A question that opens with a treatment in the plural ("Are polynucleotides safe?", as `plural-subject` ' +
    'notes it) or asks with "they", "de" ("**What do they treat?**": the treatment the text is about there) ' +
    'notes that treatment for a "they", "de" in its answer, in its paragraph or the next ' +
    '(`plural-reference`). The reducer asks it of questions only.',
  note: ({ sentence, pluralSubject, inContext }) =>
    pluralSubject ?? (sentence.has('plural-pronoun') ? inContext : undefined),
};
