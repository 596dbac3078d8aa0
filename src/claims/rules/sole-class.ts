/**
 * `sole-class`: the words right after "the only" / "den eneste" name a class with one member
 * ("The only fat-dissolving drug the FDA has approved is Kybella"); an effect word there
 * describes the class, not what the treatment does.
 *
 * @module
 */
import { inSoleClass } from '../sole-class.js';
import type { CueSuppressor } from './types.js';

export const soleClass: CueSuppressor = {
  kind: 'cue',
  name: 'sole-class',
  roles: ['efficacy'],
  drops: (view, match) => inSoleClass(view.sentence, match.first, view.clause.first, view.clause.last),
};
