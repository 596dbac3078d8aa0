/**
 * `narrower-indication`: "fat cells under the chin" names one thing, the narrower
 * indication; the claim is about it, not also about the broader one it is part of — unless the
 * narrower one is the first of a list of places ("fat pockets under the chin, on the abdomen and on
 * the inner knees", «lokalt fett på dobbelthaken, magen og hoftene»: fat in many places).
 *
 * @module
 */
import type { EntityRef, LexiconMatch } from '../lexicon.js';
import { textBetween } from '../tokenize.js';
import type { ClaimSuppressor, ClauseView } from './types.js';

export const narrowerIndication: ClaimSuppressor = {
  kind: 'suppress',
  name: 'narrower-indication',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for') return false;
    const broad = view.indicationMatches.filter((m) => (m.ref as EntityRef).id === placed.claim.object);
    return view.indicationMatches.some(
      (narrow) =>
        (narrow.ref as EntityRef).parent === placed.claim.object &&
        broad.some((b) => !separated(view, b, narrow)) &&
        !placesFollow(view, narrow) &&
        !firstOfPlaces(view, narrow),
    );
  },
};

/**
 * Whether two matches are items of a list: "and", "og" between them, or a comma with no effect word
 * between ("the double chin, belly fat"; not "fettet under haken, ødelegger det fettcellene").
 */
function separated(view: ClauseView, a: LexiconMatch, b: LexiconMatch): boolean {
  const { sentence } = view;
  const [left, right] = a.first < b.first ? [a, b] : [b, a];
  const inside = (c: LexiconMatch): boolean => c.first > left.last && c.last < right.first;
  if (view.cues('conjunction').some(inside)) return true;
  if (view.effects.some(inside)) return false;
  return textBetween(sentence.text, sentence.start, sentence.tokens[left.last], sentence.tokens[right.first]).includes(
    ',',
  );
}

/** Whether another place follows a match after a comma or a conjunction (", on the abdomen", «, på magen»). */
function placesFollow(view: ClauseView, match: LexiconMatch): boolean {
  const { sentence } = view;
  const conjunctions = view.cues('conjunction');
  return view.cues('place').some((place) => {
    if (place.first <= match.last || place.first - match.last > 2) return false;
    const gap = textBetween(sentence.text, sentence.start, sentence.tokens[match.last], sentence.tokens[place.first]);
    return gap.includes(',') || conjunctions.some((c) => c.first > match.last && c.last < place.first);
  });
}

/**
 * Whether a match is named as a place and more follow it: a place word right before it and a
 * comma or a conjunction right after it («fett på dobbelthaken, magen og hoftene»).
 */
function firstOfPlaces(view: ClauseView, match: LexiconMatch): boolean {
  const { sentence } = view;
  if (!view.cues('place').some((place) => place.last === match.first - 1)) return false;
  const next = sentence.tokens[match.last + 1];
  if (next === undefined) return false;
  const gap = textBetween(sentence.text, sentence.start, sentence.tokens[match.last], next);
  return gap.includes(',') || view.cues('conjunction').some((c) => c.first === match.last + 1);
}
