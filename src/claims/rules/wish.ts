/**
 * `wish`: an effect right after a wish ("for people who want to remove fat", "for deg som
 * ønsker å bli kvitt cellulitter") is what a reader wants, not a claim.
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

/** How far after a wish an effect word is still what is wished for. */
const WISH_REACH = 3;

export const wish: CueSuppressor = {
  kind: 'cue',
  name: 'wish',
  roles: ['efficacy'],
  drops: (view, match) => view.cues('wish').some((w) => match.first > w.last && match.first - w.last <= WISH_REACH),
};
