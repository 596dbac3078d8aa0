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
  description:
    'Right after "the only" / "den eneste" the words name a class with one member ("The only fat-dissolving ' +
    'drug the FDA has approved is Kybella", "Det er den eneste fettløsende sprøyten FDA har godkjent"): an ' +
    'effect word there describes the class, not an effect claim, and a treatment named there is the class, ' +
    'not the subject, when the clause names another or refers back ("it", "det"). An effect further on ' +
    'still counts ("the only treatment that stops hair loss").',
  drops: (view, match) => inSoleClass(view.sentence, match.first, view.clause.first, view.clause.last),
};
