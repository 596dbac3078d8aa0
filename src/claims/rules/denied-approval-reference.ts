/**
 * `denied-approval-reference`: an FDA approval named before and referred back to with a negation
 * ("The mixtures used in mesotherapy have no such approval", «Mesoterapi har ingen slik godkjenning»)
 * denies that the clause's subjects have it: they are not FDA-approved.
 *
 * @module
 */
import { idOf, unique } from '../clause-view.js';
import type { ClaimRule, PlacedClaim } from './types.js';

/** How far before the reference the negation may end: "no such approval", "does not have any such approval". */
const NEGATION_REACH = 2;

export const deniedApprovalReference: ClaimRule = {
  kind: 'claim',
  name: 'denied-approval-reference',
  predicate: 'fda-approved',
  read(view) {
    if (!view.context.fdaNearby) return [];
    const negations = [...view.cues('negation'), ...view.cues('negative-determiner')];
    const denied = view
      .cues('approval-reference')
      .map((ref) => ({
        ref,
        negation: negations.find((n) => n.last < ref.first && ref.first - n.last <= NEGATION_REACH),
      }))
      .find((pair) => pair.negation !== undefined);
    if (!denied?.negation) return [];
    const { ref: reference, negation } = denied;
    // What has no such approval is named before the reference ("The mixtures used in mesotherapy have …").
    const before = view.interventions.filter((m) => m.last < reference.first && !view.sentence.comparators.has(m));
    const subjects = before.length > 0 ? unique(before.map(idOf)) : view.subjects;
    return subjects.map((subject): PlacedClaim => ({
      at: negation.first,
      rule: 'denied-approval-reference',
      claim: { subject, predicate: 'fda-approved', polarity: 'negate' },
    }));
  },
};
