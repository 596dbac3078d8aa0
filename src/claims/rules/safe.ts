/**
 * `safe`: "Mesotherapy is safe", "Behandlingen er trygg".
 *
 * @module
 */
import { readPhrase } from './predicate-phrase.js';
import type { ClaimRule } from './types.js';

export const safe: ClaimRule = {
  kind: 'claim',
  name: 'safe',
  predicate: 'safe',
  read: (view) => readPhrase(view, 'safe'),
};
