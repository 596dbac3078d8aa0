/**
 * `handle-word`: a word joined to the next or the one before by an underscore, or written right after
 * "@", is part of a user name ("--Contour_Queen 15:40, 3 May", "@slim_sisters"), not an effect word.
 *
 * @module
 */
import { textBetween } from '../tokenize.js';
import type { CueSuppressor } from './types.js';

export const handleWord: CueSuppressor = {
  kind: 'cue',
  name: 'handle-word',
  roles: ['efficacy'],
  drops(view, match) {
    const { tokens, text, start } = view.sentence;
    const before = textBetween(text, start, tokens[match.first - 1], tokens[match.first]);
    const after = textBetween(text, start, tokens[match.last], tokens[match.last + 1]);
    const first = tokens[match.first];
    const opening = first === undefined ? '' : text.slice(Math.max(0, first.start - start - 1), first.start - start);
    return before === '_' || after === '_' || opening === '@';
  },
};
