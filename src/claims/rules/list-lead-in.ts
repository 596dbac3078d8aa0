/**
 * `list-lead-in`: the items of a list under a lead-in that speaks of a treatment ("Our
 * mesotherapy treats:", "Mesoterapi behandler:") or under its heading are about it.
 *
 * @module
 */
import type { CarryRule } from './types.js';

export const listLeadIn: CarryRule = {
  kind: 'carry',
  name: 'list-lead-in',
  description:
    'A list item is about the treatment its lead-in names or asserts an effect of ("Our mesotherapy ' +
    'treats:", "Mesoterapi behandler:"), or the one its section’s heading names; the items of "Common ' +
    'causes of hair loss:" are not. A line led by an emoji or a bullet character continues the list before ' +
    'it, or leads from a block ending in ":"; after a full sentence it stands alone ("💉 Fosfatidylkolin bryter ' +
    'ned fett. 🛡️ Behandlingen er trygg": the treatment in context, not the ingredient).',
  subject: ({ context }) => (context.listItem ? (context.subjectInSentence ?? context.contextSubject) : undefined),
};
