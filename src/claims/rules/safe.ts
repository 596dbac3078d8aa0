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
  description:
    'A safety phrase ("safe", "trygg", "risk-free") about the clause’s subjects. "Not risk-free" denies it; a negation further back ("no surgery and safe") does not.',
  read: (view) => readPhrase(view, 'safe'),
};
