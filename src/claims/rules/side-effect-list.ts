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
  description:
    'An indication listed after a word of harm ("side effects include", "may cause", "complications", ' +
    '"bivirkninger", "kan gi") with no effect word between is a harm, not an `effective-for` claim: ' +
    '"Side effects include swelling, pain and bruising that fades".',
  drops: (view, placed) => listedAfter(view, placed, 'side-effect'),
};
