/**
 * `brand-name`: "Their signature Meso Glow facial hydrates the skin", "Glow & Co.'s body
 * mesotherapy targets fat": an indication word written with a capital letter right after a
 * treatment's name, or joined by "&" to a capitalised word, in a sentence that is not written in
 * title case, is part of a product's or a firm's name, not a use the text claims.
 *
 * @module
 */
import type { EntityRef, LexiconMatch } from '../lexicon.js';
import type { SentenceView } from '../sentence.js';
import type { Token } from '../tokenize.js';
import { textBetween } from '../tokenize.js';
import { isActedOn } from './acted-on.js';
import type { ClaimSuppressor } from './types.js';

export const brandName: ClaimSuppressor = {
  kind: 'suppress',
  name: 'brand-name',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for') return false;
    const { sentence } = view;
    const own = view.indicationMatches.filter((m) => (m.ref as EntityRef).id === placed.claim.object);
    const named = own.filter((m) => !inBrandName(sentence, m));
    // Most claims name their use outside any brand name: the title-case test is for the few that do not.
    if (named.length === own.length || titleCase(sentence)) return false;
    return named.every((m) => isActedOn(sentence, view.indicationMatches, m));
  },
};

/** Whether a word is written with a capital first letter. */
const capitalised = (token: Token | undefined): boolean =>
  token !== undefined && /^\p{Lu}/u.test(token.text) && !/^\p{Lu}+$/u.test(token.text);

/**
 * Whether most of the words after the first are capitalised, as in a title ("Mesotherapy For Hair
 * Loss"): there a capital letter says nothing of a name.
 */
function titleCase(sentence: SentenceView): boolean {
  const words = sentence.tokens.slice(1).filter((t) => /^\p{L}/u.test(t.text));
  return words.filter((t) => /^\p{Lu}/u.test(t.text)).length * 2 > words.length;
}

/**
 * Whether an indication match is capitalised and either joined by "&" to a capitalised word
 * ("Glow & Co.", a firm's name) or, not the sentence's first word, follows a treatment's name
 * with nothing but a space between ("Meso Glow").
 */
function inBrandName(sentence: SentenceView, match: LexiconMatch): boolean {
  const { tokens } = sentence;
  for (let i = match.first; i <= match.last; i++) if (!capitalised(tokens[i])) return false;
  const next = tokens[match.last + 1];
  if (capitalised(next) && textBetween(sentence.text, sentence.start, tokens[match.last], next).trim() === '&')
    return true;
  if (match.first === 0) return false;
  return sentence.entities.some(
    (e) =>
      e.ref.type === 'intervention' &&
      e.last === match.first - 1 &&
      textBetween(sentence.text, sentence.start, tokens[e.last], tokens[match.first]).trim() === '',
  );
}
