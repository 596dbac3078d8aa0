/**
 * `approved-use-reference`: an FDA approval "for it", "for this", "til dette" right after the
 * approval word is for the use the sentence or paragraph named last ("Minoxidil regrows some hair
 * in people with hereditary thinning, and it is FDA-approved for it"): an `fda-approved` claim
 * about that indication, read here instead of the bare approval `fda-approved` would read.
 *
 * @module
 */
import type { LexiconMatch } from '../lexicon.js';
import type { ClaimRule, ClauseView } from './types.js';

/** How many words may stand between the approval word and the reference ("approved by the FDA for it"). */
const REFERENCE_REACH = 3;

/**
 * The reference to a use right after the clause's first approval word, when the clause names no
 * indication of its own and the discourse has one to refer to.
 *
 * @param view - The clause.
 * @returns The approval word, or undefined.
 */
export function referredUse(view: ClauseView): LexiconMatch | undefined {
  const approval = view.cues('approval')[0];
  if (!approval || view.indications.length > 0 || view.context.lastIndication === undefined) return undefined;
  // A verb right after it makes the reference a new clause's subject: «godkjent av FDA, for det er den
  // ikke» ("for" as "because").
  const verbAfter = (m: LexiconMatch): boolean => view.cues('auxiliary').some((a) => a.first === m.last + 1);
  const referred = view
    .cues('use-reference')
    .some((m) => m.first > approval.last && m.first - approval.last - 1 <= REFERENCE_REACH && !verbAfter(m));
  return referred ? approval : undefined;
}

export const approvedUseReference: ClaimRule = {
  kind: 'claim',
  name: 'approved-use-reference',
  predicate: 'fda-approved',
  read(view) {
    const approval = referredUse(view);
    const object = view.context.lastIndication;
    if (!approval || object === undefined || !view.context.fdaNearby) return [];
    const polarity = view.polarityAt(approval.first);
    return view.subjects.map((subject) => ({
      at: approval.first,
      rule: 'approved-use-reference',
      claim: { subject, predicate: 'fda-approved' as const, object, polarity },
    }));
  },
};
