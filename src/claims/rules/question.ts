/**
 * `question`: a question asserts nothing ("Does mesotherapy reduce cellulite?").
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const question: ClaimSuppressor = {
  kind: 'suppress',
  name: 'question',
  drops: (view) => view.context.question,
};
