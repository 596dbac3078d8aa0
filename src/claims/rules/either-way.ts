/**
 * `either-way`: an effect word right before "or not" ("fat can return in any area, treated or
 * not", «behandlet eller ikke») names one of two alternatives that both hold: it is no claim
 * that a treatment works.
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

export const eitherWay: CueSuppressor = {
  kind: 'cue',
  name: 'either-way',
  roles: ['efficacy'],
  drops: (view, match) => view.cues('either-way').some((w) => w.first === match.last + 1),
};
