/**
 * `quotation`: words inside a short quotation are mentioned, not asserted: 'calls it "100% safe"'. So
 * an effect word inside one that names a use of its own, for another use named outside it: in 'Her
 * mesotherapy "melts cellulite", her fat jabs are "safer than a manicure"' no word outside the
 * quotations says what fat is done to. A quoted effect word alone ('It "melts" fat') still acts.
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import type { LexiconMatch } from '../lexicon.js';
import type { ClaimSuppressor, ClauseView } from './types.js';

export const quotation: ClaimSuppressor = {
  kind: 'suppress',
  name: 'quotation',
  drops: (view, placed) =>
    quoted(view, { first: placed.at, last: placed.at }) ||
    (placed.claim.predicate === 'effective-for' &&
      view.effects.length > 0 &&
      view.effects.every((e) => quotedWithUse(view, e, placed.claim.object)) &&
      !view.purposes.some((p) => !quoted(view, p))),
};

/** Whether a phrase (or one token) is inside a short quotation. */
function quoted(view: ClauseView, match: Pick<LexiconMatch, 'first' | 'last'>): boolean {
  return view.sentence.quoted.some(([from, to]) => match.first >= from && match.last <= to);
}

/** Whether a phrase is inside a short quotation that names a use other than the claim's. */
function quotedWithUse(view: ClauseView, match: LexiconMatch, object: string | undefined): boolean {
  return view.sentence.quoted.some(
    ([from, to]) =>
      match.first >= from &&
      match.last <= to &&
      view.indicationMatches.some((m) => m.first >= from && m.last <= to && idOf(m) !== object),
  );
}
