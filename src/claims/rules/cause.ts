/**
 * `cause`: an indication named as what something causes ("lack of nutrients leads to hair
 * loss", "stress kan føre til hårtap") is not what a treatment treats.
 *
 * @module
 */
import { listedAfter } from './listed-after.js';
import type { ClaimSuppressor } from './types.js';

export const cause: ClaimSuppressor = {
  kind: 'suppress',
  name: 'cause',
  drops: (view, placed) => listedAfter(view, placed, 'cause'),
};
