/**
 * `approval-scope`: in a clause about approval, effect and purpose words give the
 * approval's scope ("approved by the FDA for fat under the chin", "godkjent av FDA, men
 * bare til behandling av fett under haken"), not an effect claim.
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

export const approvalScope: CueSuppressor = {
  kind: 'cue',
  name: 'approval-scope',
  roles: ['efficacy', 'purpose'],
  description:
    'In a clause about approval, words of purpose ("approved for", "an off-label use for") and effect words ' +
    'after an FDA approval word ("godkjent av FDA til behandling av …") give the approval’s scope: an ' +
    '`fda-approved` claim, not an `effective-for` one.',
  drops(view, match) {
    if (match.ref.type === 'cue' && match.ref.role === 'purpose') return view.has('approval') || view.has('off-label');
    const approval = view.context.fdaNearby ? view.cues('approval')[0] : undefined;
    return approval !== undefined && match.first > approval.last;
  },
};
