/**
 * `quotation`: words inside a short quotation are mentioned, not asserted: 'calls it "100% safe"'.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const quotation: ClaimSuppressor = {
  kind: 'suppress',
  name: 'quotation',
  drops: (view, placed) => view.sentence.quoted.some(([from, to]) => placed.at >= from && placed.at <= to),
};
