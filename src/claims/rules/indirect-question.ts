/**
 * `indirect-question`: a question reported without being asked ("I am often asked which
 * treatments really work for wrinkles", "Jeg får stadig spørsmål om hvilke behandlinger som
 * virker mot rynker") asserts nothing about what it asks.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const indirectQuestion: ClaimSuppressor = {
  kind: 'suppress',
  name: 'indirect-question',
  drops: (view, placed) => view.cues('asking').some((m) => m.last < placed.at),
};
