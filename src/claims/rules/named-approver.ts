/**
 * `named-approver`: once a sentence has named the FDA as the one that approves ("Deoxycholic acid
 * is approved by the FDA for fat under the chin", "godkjent av FDA"), a later approval word of the
 * same section ("it is not approved for fat on the stomach", "den er ikke godkjent for fett på
 * magen") speaks of the same regulator, as a reader takes it.
 *
 * @module
 */
import type { DiscourseRule } from './types.js';

/** What the rule notes: the regulator whose approval the section speaks of. */
export const FDA_APPROVER = 'fda';

export const namedApprover: DiscourseRule = {
  kind: 'discourse',
  name: 'named-approver',
  description:
    'A sentence that names the FDA with an approval word ("approved by the FDA", "The FDA approved …", ' +
    '"godkjent av FDA") notes the FDA as the approver of its section: a later approval word in the section with ' +
    'no regulator named ("It is not approved for fat on the stomach", "den er ikke godkjent for fett på magen") ' +
    'is an FDA approval claim, as it is when the FDA is named in the sentence or the one before. A heading ends ' +
    'the section; an approval with no FDA named ("approved in Europe") notes nothing.',
  note: ({ sentence }) => (sentence.has('fda') && sentence.has('approval') ? FDA_APPROVER : undefined),
};
