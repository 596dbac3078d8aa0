/**
 * `quotation`: words inside a short quotation are mentioned, not asserted: 'calls it "100% safe"'.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const quotation: ClaimSuppressor = {
  kind: 'suppress',
  name: 'quotation',
  description:
    'A claim whose words stand inside a short quotation (at most six words: ‘calls it "100% safe"’, «helt ' +
    'trygg») is held up for inspection, not asserted. Longer quotations are quoted speech and are read.',
  drops: (view, placed) => view.sentence.quoted.some(([from, to]) => placed.at >= from && placed.at <= to),
};
