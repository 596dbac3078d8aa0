/**
 * `approval-area`: an FDA approval whose scope is a part of the body where fat is treated, with no
 * indication named ("approved by the FDA for tummies and thighs", «godkjent av FDA for magen og
 * lårene»), is an approval for fat on the body: the claim's object is `localized-fat`.
 *
 * @module
 */
import type { ClaimQualifier } from './types.js';

/** The indication a body area in an approval's scope stands for. */
const AREA_INDICATION = 'localized-fat';
/** How many words may stand between the purpose word and the body area ("for the upper arms"). */
const AREA_REACH = 2;

export const approvalArea: ClaimQualifier = {
  kind: 'qualify',
  name: 'approval-area',
  object(view, placed) {
    const { claim } = placed;
    if (claim.predicate !== 'fda-approved' || claim.object !== undefined) return undefined;
    const purposes = view.cues('purpose').filter((p) => p.first > placed.at);
    const inScope = view
      .cues('body-area')
      .some((a) => purposes.some((p) => p.last < a.first && a.first - p.last - 1 <= AREA_REACH));
    return inScope ? AREA_INDICATION : undefined;
  },
};
