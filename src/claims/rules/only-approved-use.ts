/**
 * `only-approved-use`: "Deoxycholic acid is approved in the US only for the double chin", «godkjent
 * av FDA, men bare for fett under haka»: an approval for a use that is part of a broader one, with a
 * word that restricts it to that use right before it, says the broader use is not approved — a denial
 * of the approval for the broader indication, beside the approval for the narrower one. Not when the
 * sentence already says something of the broader approval.
 *
 * @module
 */
import type { Claim } from '../../evidence/claim.js';
import type { LexiconMatch } from '../lexicon.js';
import { isRole, type SentenceView } from '../sentence.js';
import { indicationParents } from './narrower-approval.js';
import type { SentenceClaimsRule } from './types.js';

/**
 * The most words from the restricting word to the use ("has only approved it for the treatment of
 * fat …"); a treatment or another use named between is what "only" restricts instead ("Only
 * deoxycholic acid is approved for fat under the chin").
 */
const MAX_GAP = 6;

export const onlyApprovedUse: SentenceClaimsRule = {
  kind: 'sentence-claims',
  name: 'only-approved-use',
  reconcile(sentence, _clauses, claims, trace) {
    if (!sentence.has('restriction')) return claims;
    const parents = indicationParents(sentence);
    const said = (subject: string, object: string): boolean =>
      claims.some((list) =>
        list.some((c) => c.subject === subject && c.predicate === 'fda-approved' && c.object === object),
      );
    const next = claims.map((list) => {
      const added: Claim[] = [];
      for (const claim of list) {
        if (claim.predicate !== 'fda-approved' || claim.polarity !== 'affirm' || claim.object === undefined) continue;
        const broader = parents.get(claim.object);
        if (broader === undefined || said(claim.subject, broader) || !restrictedUse(sentence, claim.object)) continue;
        if (added.some((c) => c.subject === claim.subject && c.object === broader)) continue;
        const denial: Claim = {
          subject: claim.subject,
          predicate: 'fda-approved',
          object: broader,
          polarity: 'negate',
        };
        trace?.({ rule: 'only-approved-use', action: 'read', claim: denial });
        added.push(denial);
      }
      if (added.length === 0) return list;
      return [...list, ...added];
    });
    return next.some((list, index) => list !== claims[index]) ? next : claims;
  },
};

/**
 * Whether a word that restricts (not one of "the only") stands shortly before a mention of the use,
 * with no treatment or other named thing between, or right after it ("for under the chin only"), and
 * a word of approval before the use: "we offer one
 * injectable for fat, and only under the chin: deoxycholic acid, which is FDA-approved for that area"
 * restricts the offer.
 */
function restrictedUse(sentence: SentenceView, indication: string): boolean {
  const approval = sentence.cues.find((m) => isRole(m, 'approval'));
  if (approval === undefined) return false;
  const sole = sentence.cues.filter((m) => isRole(m, 'sole'));
  const inSole = (m: LexiconMatch): boolean => sole.some((s) => m.first >= s.first && m.last <= s.last);
  const restrictions = sentence.cues.filter((m) => isRole(m, 'restriction') && !inSole(m));
  const between = (r: LexiconMatch, use: LexiconMatch): boolean =>
    sentence.entities.some((m) => m !== use && m.first > r.last && m.first < use.first);
  return sentence.entities.some(
    (use) =>
      use.ref.type === 'indication' &&
      use.ref.id === indication &&
      approval.first < use.first &&
      restrictions.some(
        (r) => (r.last < use.first && use.first - r.last <= MAX_GAP && !between(r, use)) || r.first === use.last + 1,
      ),
  );
}
