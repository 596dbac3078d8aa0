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
  description:
    'An indication after a word of cause ("leads to", "cause of", "skyldes", "fører til") with no effect ' +
    'word between is what is caused, not an `effective-for` claim.',
  drops: (view, placed) => listedAfter(view, placed, 'cause'),
};
