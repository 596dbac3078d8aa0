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
  note: ({ sentence, pluralSubject, inContext }) =>
    pluralSubject ?? (sentence.has('plural-pronoun') ? inContext : undefined),
};
