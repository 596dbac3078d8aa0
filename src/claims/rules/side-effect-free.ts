/**
 * `side-effect-free`: "no side effects", "ingen bivirkninger".
 *
 * @module
 */
import { readPhrase } from './predicate-phrase.js';
import type { ClaimRule } from './types.js';

export const sideEffectFree: ClaimRule = {
  kind: 'claim',
  name: 'side-effect-free',
  predicate: 'side-effect-free',
  read: (view) => readPhrase(view, 'side-effect-free'),
};
