/**
 * `idiom`: an effect word inside an idiom that says something else — how often ("less often",
 * "mindre ofte"), or advice ("would do better to ask", "du gjør best i å") — is no effect claim:
 * "may cause swelling and, less often, scarring" lists a rarer harm.
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

export const idiom: CueSuppressor = {
  kind: 'cue',
  name: 'idiom',
  roles: ['efficacy'],
  drops: (view, match) => view.cues('idiom').some((f) => f.first <= match.first && match.last <= f.last),
};
