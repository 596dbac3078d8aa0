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
  subject: ({ context, indicationMatches }) => (indicationMatches.length > 0 ? context.usesAsked : undefined),
};
