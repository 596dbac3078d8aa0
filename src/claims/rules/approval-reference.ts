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
  description:
    'An `fda-approved` claim read at an approval word that refers back to an approval already named ' +
    '("Kybella is FDA-approved for fat under the chin, but that approval does not make the treatment ' +
    'medically necessary", "denne godkjenningen") is no new claim: no finding. The approval first named ' +
    'is read as before.',
  drops: (view, placed) =>
    placed.claim.predicate === 'fda-approved' &&
    view.cues('approval-reference').some((ref) => placed.at >= ref.first && placed.at <= ref.last),
};
