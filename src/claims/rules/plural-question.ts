/**
 * `plural-question`: a question that asks about treatments in the plural ("Are polynucleotides
 * safe?", "What do they treat?") gives the "they", "de" of its answer its meaning; so does one that
 * names nothing right after a sentence about them ("Skin boosters were flat this quarter. Why?").
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
