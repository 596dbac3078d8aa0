/**
 * `approval-column`: a table whose header names the FDA ("| Method | … | FDA status | … |") says
 * in that column what the FDA approved: "Approved for fat under the chin only", "Not approved" in a
 * row are FDA approval claims about the row's treatment, as if the FDA were named in the row.
 *
 * @module
 */
import type { DiscourseRule } from './types.js';

/** What the rule notes: the regulator the table's header names. */
export const FDA_COLUMN = 'fda';

export const approvalColumn: DiscourseRule = {
  kind: 'discourse',
  name: 'approval-column',
  note: ({ sentence }) => (sentence.has('fda') ? FDA_COLUMN : undefined),
};
