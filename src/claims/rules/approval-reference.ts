/**
 * `approval-reference`: an approval referred back to ("…, but that approval does not make the
 * treatment medically necessary", "denne godkjenningen") is the one already named, not a new
 * approval claim about the treatment in context.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const approvalReference: ClaimSuppressor = {
  kind: 'suppress',
  name: 'approval-reference',
  drops: (view, placed) =>
    placed.claim.predicate === 'fda-approved' &&
    view.cues('approval-reference').some((ref) => placed.at >= ref.first && placed.at <= ref.last),
};
