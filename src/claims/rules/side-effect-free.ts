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
  description:
    '"No side effects", "ingen bivirkninger", "uten bivirkninger": the "no" belongs to the phrase, so this is an affirmed claim that the treatment is free of side effects.',
  read: (view) => readPhrase(view, 'side-effect-free'),
};
