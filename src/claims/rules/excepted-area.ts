/**
 * `excepted-area`: a narrower indication set apart by words of exception ("injection lipolysis away
 * from the chin has little evidence behind it", «fettløsende sprøyter andre steder enn under haken»)
 * leaves the rest of the broader indication it is part of: the claim's object is that broader one
 * (fat on the body, not the fat under the chin).
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import type { EntityRef } from '../lexicon.js';
import type { ClaimQualifier } from './types.js';

/** How many words may stand between the words of exception and the indication ("away from the chin": the). */
const EXCEPTION_REACH = 1;

export const exceptedArea: ClaimQualifier = {
  kind: 'qualify',
  name: 'excepted-area',
  object(view, placed) {
    const { object } = placed.claim;
    if (object === undefined) return undefined;
    const exceptions = view.cues('exception');
    if (exceptions.length === 0) return undefined;
    const excepted = view.indicationMatches.find(
      (m) => idOf(m) === object && exceptions.some((e) => e.last < m.first && m.first - e.last - 1 <= EXCEPTION_REACH),
    );
    return excepted === undefined ? undefined : (excepted.ref as EntityRef).parent;
  },
};
