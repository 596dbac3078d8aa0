/**
 * `general-denial`: a claim denied of treatments in general, with "no" before a generic treatment
 * word, and then of a treatment named after the claim's words as one of them ("No injection is free of
 * side effects, not even mesotherapy", «Ingen injeksjonsbehandling er fri for bivirkninger, heller ikke
 * mesoterapi») is denied of that treatment too, named after a comma as a member of the class the sentence
 * speaks of, not a subject that affirms it.
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import { isRole } from '../lexicon.js';
import { textBetween } from '../tokenize.js';
import type { ClaimQualifier } from './types.js';

export const generalDenial: ClaimQualifier = {
  kind: 'qualify',
  name: 'general-denial',
  polarity(view, placed) {
    if (placed.claim.polarity !== 'affirm') return undefined;
    // A generic subject that opens with a negative determiner, before the claim's words.
    const denied = view
      .cues('general-subject')
      .some(
        (general) =>
          general.last < placed.at &&
          view.sentence.cues.some((m) => isRole(m, 'negative-determiner') && m.first === general.first),
      );
    if (!denied) return undefined;
    // The treatment is named after the claim's words, and nowhere before them.
    // Set off by a comma or a dash, as an afterthought ("…, not even mesotherapy"), not compared with it
    // ("No treatment is as safe as mesotherapy" praises it).
    const { sentence } = view;
    const setOff = (first: number): boolean =>
      /[,;:–—(]/.test(textBetween(sentence.text, sentence.start, sentence.tokens[placed.at], sentence.tokens[first]));
    const members = view.interventions.filter((m) => idOf(m) === placed.claim.subject);
    return members.length > 0 && members.every((m) => m.first > placed.at && setOff(m.first)) ? 'negate' : undefined;
  },
};
