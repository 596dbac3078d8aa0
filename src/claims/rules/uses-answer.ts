/**
 * `uses-answer`: the paragraph that answers a question about a treatment's uses ("**What can
 * it be used for?**" … "Hair loss, dry skin and cellulite.") lists what the treatment is said to
 * treat, as a list under a lead-in does.
 *
 * @module
 */
import type { CarryRule } from './types.js';

export const usesAnswer: CarryRule = {
  kind: 'carry',
  name: 'uses-answer',
  description:
    'The first sentence of the paragraph right after a question that asks what a treatment is used for (an ' +
    'effect or purpose word and no indication: "What does it treat?", "Hva kan det brukes mot?") is about ' +
    'that treatment, and the indications it names are its uses, as items under a lead-in are: "Håravfall, ' +
    'tørr og slapp hud, fine linjer og cellulitter." An answer that names a treatment speaks for itself.',
  subject: ({ context, indicationMatches }) => (indicationMatches.length > 0 ? context.usesAsked : undefined),
};
