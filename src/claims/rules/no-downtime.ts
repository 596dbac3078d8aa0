/**
 * `no-downtime`: "There is no downtime", "ingen nedetid".
 *
 * @module
 */
import { readPhrase } from './predicate-phrase.js';
import type { ClaimRule } from './types.js';

export const noDowntime: ClaimRule = {
  kind: 'claim',
  name: 'no-downtime',
  predicate: 'no-downtime',
  read: (view) => readPhrase(view, 'no-downtime'),
};
