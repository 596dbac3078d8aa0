/**
 * `approval-reference`: an approval referred back to ("…, but that approval does not make the
 * treatment medically necessary", "denne godkjenningen") is the one already named, not a new
 * approval claim about the treatment in context. One that names its use ("…, and that approval is for the
 * double chin only", «og den godkjenningen gjelder bare dobbelthake») says what the approval is for: the claim
 * is kept, with that use.
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import type { ClaimSuppressor } from './types.js';

/** How many words may stand between the reference and its use ("that approval is for the double chin": is, for, the). */
const USE_REACH = 3;

export const approvalReference: ClaimSuppressor = {
  kind: 'suppress',
  name: 'approval-reference',
  drops(view, placed) {
    if (placed.claim.predicate !== 'fda-approved') return false;
    const reference = view.cues('approval-reference').find((ref) => placed.at >= ref.first && placed.at <= ref.last);
    if (reference === undefined) return false;
    // "that approval is for the double chin only": the use right after the reference, with no effect word or
    // treatment between ("the trials that led to its approval showed a smaller double chin" names a result, and
    // «denne godkjenningen gjelder ikke behandlingen på magen» a treatment, not the approval's use).
    const use = view.indicationMatches.find((m) => idOf(m) === placed.claim.object && m.first > reference.last);
    return (
      use === undefined ||
      use.first - reference.last - 1 > USE_REACH ||
      [...view.effects, ...view.cues('treatment-noun')].some((e) => e.first > reference.last && e.last < use.first)
    );
  },
};
