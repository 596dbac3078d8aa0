/**
 * `question`: a question asserts nothing ("Does mesotherapy reduce cellulite?").
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const question: ClaimSuppressor = {
  kind: 'suppress',
  name: 'question',
  description: 'A question ("Does mesotherapy reduce cellulite?", "Er mesoterapi trygt?") asserts nothing.',
  drops: (view) => view.context.question,
};
