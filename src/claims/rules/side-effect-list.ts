/**
 * `side-effect-list`: indications listed as harms ("may cause bruising, pain and
 * discolouration", "bivirkninger kan være hårtap og smerter") are not what the treatment treats.
 *
 * @module
 */
import { listedAfter } from './listed-after.js';
import type { ClaimSuppressor } from './types.js';

export const sideEffectList: ClaimSuppressor = {
  kind: 'suppress',
  name: 'side-effect-list',
  drops: (view, placed) => listedAfter(view, placed, 'side-effect'),
};
