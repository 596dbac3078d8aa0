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
  note: ({ sentence }) => (sentence.has('fda') && sentence.has('approval') ? FDA_APPROVER : undefined),
};
