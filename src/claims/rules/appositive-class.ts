/**
 * `appositive-class`: a treatment named in a phrase set off by commas right after another one
 * ("deoxycholic acid, the one fat-dissolving injection the FDA has approved, is approved only for
 * under the chin", «Belkyra, en fettløsende sprøyte, er godkjent for dobbelthake») says what kind
 * of treatment the first one is. The clause's claims are the first one's, not its own.
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import type { LexiconMatch } from '../lexicon.js';
import { isRole } from '../sentence.js';
import { textBetween } from '../tokenize.js';
import type { ClaimSuppressor, ClauseView } from './types.js';

/** How many words may stand between the article that opens the phrase and the treatment ("the one fat-dissolving injection"). */
const ARTICLE_REACH = 2;

/** Whether a treatment's match stands in a phrase set off by commas right after another treatment of the clause. */
function appositive(view: ClauseView, m: LexiconMatch): boolean {
  const { tokens, text, start, cues } = view.sentence;
  const commaAfter = (at: number): boolean => textBetween(text, start, tokens[at], tokens[at + 1]).includes(',');
  const article = cues.find(
    (a) =>
      (isRole(a, 'article') || isRole(a, 'indefinite-article')) &&
      a.first === a.last &&
      a.first < m.first &&
      m.first - a.first <= ARTICLE_REACH + 1,
  );
  if (!article || article.first === 0) return false;
  // The phrase opens with a comma right after another treatment: "deoxycholic acid, the one …".
  const head = view.interventions.find((h) => h.last === article.first - 1 && idOf(h) !== idOf(m));
  if (!head || !commaAfter(head.last)) return false;
  for (let at = article.first; at < m.first; at++) if (commaAfter(at)) return false;
  // … and closes with a comma before the clause ends: "…, is approved".
  for (let at = m.last; at < view.clause.last; at++) if (commaAfter(at)) return true;
  return false;
}

export const appositiveClass: ClaimSuppressor = {
  kind: 'suppress',
  name: 'appositive-class',
  drops(view, placed) {
    const mentions = view.interventions.filter((m) => idOf(m) === placed.claim.subject);
    return mentions.length > 0 && mentions.every((m) => appositive(view, m));
  },
};
