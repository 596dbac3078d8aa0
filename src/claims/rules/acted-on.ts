/**
 * `acted-on`: "hydrates dull skin", "fukter matt hud": a one-word effect that names an
 * indication, right before an indication of adjective and noun, acts on that skin; the claim
 * is the effect's, not also one about what the adjective names.
 *
 * @module
 */
import type { EntityRef, LexiconMatch } from '../lexicon.js';
import type { SentenceView } from '../sentence.js';
import { textBetween } from '../tokenize.js';
import type { ClaimSuppressor } from './types.js';

export const actedOn: ClaimSuppressor = {
  kind: 'suppress',
  name: 'acted-on',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for') return false;
    const own = view.indicationMatches.filter((m) => (m.ref as EntityRef).id === placed.claim.object);
    return own.length > 0 && own.every((m) => isActedOn(view.sentence, view.indicationMatches, m));
  },
};

/**
 * Whether a match of two or more words follows, with no word or punctuation between, a one-word match
 * of an unrelated indication ("fettceller under haken" is one narrower thing: narrower-indication's
 * case; "deep wrinkles, acne scars" is a list).
 *
 * @param sentence - The sentence the matches are in.
 * @param matches - The indications the clause names.
 * @param object - The match that may be the skin an effect acts on.
 * @returns Whether `object` is acted on.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon } from '../lexicon.js';
 * import { readSentence } from '../sentence.js';
 * import { isActedOn } from './acted-on.js';
 * const sentence = readSentence('It hydrates dull skin.', 0, buildLexicon(knowledgeBase.dataset, 'en'));
 * const indications = sentence.entities.filter((m) => m.ref.type === 'indication');
 * isActedOn(sentence, indications, indications[1]!); // true
 * ```
 */
export function isActedOn(sentence: SentenceView, matches: readonly LexiconMatch[], object: LexiconMatch): boolean {
  if (object.last === object.first) return false;
  const target = object.ref as EntityRef;
  return matches.some((verb) => {
    const effect = verb.ref as EntityRef;
    return (
      verb.first === verb.last &&
      verb.last === object.first - 1 &&
      !/[,;:]/.test(
        textBetween(sentence.text, sentence.start, sentence.tokens[verb.last], sentence.tokens[object.first]),
      ) &&
      effect.id !== target.id &&
      effect.parent !== target.id &&
      target.parent !== effect.id
    );
  });
}
