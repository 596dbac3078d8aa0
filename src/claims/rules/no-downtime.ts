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
  description:
    '"No downtime", "ingen nedetid": the "no" belongs to the phrase, so this is an affirmed claim of no downtime.',
  read: (view) => readPhrase(view, 'no-downtime'),
};
