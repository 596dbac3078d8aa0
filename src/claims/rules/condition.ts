/**
 * `condition`: an effect or approval word in a clause of condition or time ("If a treatment
 * claimed to cure it for good, …", "If the salon says the injections are FDA-approved, …",
 * "until it has healed", "hvis …", "inntil …") is supposed, not asserted.
 *
 * @module
 */
import type { LexiconMatch } from '../lexicon.js';
import { textBetween } from '../tokenize.js';
import type { ClaimSuppressor, ClauseView } from './types.js';

/** Punctuation that ends a clause of condition: "If you have thinning hair, mesotherapy helps". */
const CLAUSE_END = /[,;:–—()]/;

/**
 * The token after the last word of the clause of condition (or the fronted phrase, `topic-phrase`) that `cue`
 * opens. A comma between two indications is a list's, not the clause's end ("If a price list offers
 * mesotherapy for cellulite, hair loss, dark circles and double chins all at once, walk away").
 */
export function conditionEnd(view: ClauseView, cue: LexiconMatch): number {
  const { sentence, clause, indicationMatches } = view;
  for (let i = cue.last + 1; i <= clause.last; i++) {
    const gap = textBetween(sentence.text, sentence.start, sentence.tokens[i - 1], sentence.tokens[i]);
    if (!CLAUSE_END.test(gap)) continue;
    const listed =
      gap.trim() === ',' &&
      indicationMatches.some((m) => m.last === i - 1) &&
      indicationMatches.some((m) => m.first === i);
    if (!listed) return i;
  }
  return clause.last + 1;
}

export const condition: ClaimSuppressor = {
  kind: 'suppress',
  name: 'condition',
  drops(view, placed) {
    const spans = view.cues('condition').map((cue) => [cue.first, conditionEnd(view, cue)] as const);
    if (spans.length === 0) return false;
    const inside = (token: number): boolean => spans.some(([from, to]) => token >= from && token < to);
    // An effect claim stands when any of the clause's effect words is outside the condition ("If a patient
    // wants fat gone for good, liposuction removes fat most reliably").
    if (placed.claim.predicate === 'effective-for' && view.effects.length > 0)
      return view.effects.every((effect) => inside(effect.first));
    return inside(placed.at);
  },
};
