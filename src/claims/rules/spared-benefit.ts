/**
 * `spared-benefit`: an item of a list of benefits that says "no" to an indication ("## Fordeler med
 * mesoterapi" … "- Ingen kirurgi og ingen arr", "- No scars") names something the treatment spares
 * you, not an effect it lacks: a list does not praise a treatment by denying what it does.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const sparedBenefit: ClaimSuppressor = {
  kind: 'suppress',
  name: 'spared-benefit',
  drops: (view, placed) =>
    placed.claim.predicate === 'effective-for' &&
    view.context.listItem &&
    view.context.leadInEffect &&
    view.effects.length === 0 &&
    view.cues('negative-determiner').some((m) => m.last === placed.at - 1),
};
