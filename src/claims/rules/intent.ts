/**
 * `intent`: an effect right after words for what a treatment is meant to do ("cocktails meant to
 * melt the fat", "sprøyter som er ment å løse opp fett") is its purpose, not a claim that it works.
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

/** How far after the intent words an effect word is still what is intended. */
const INTENT_REACH = 2;

export const intent: CueSuppressor = {
  kind: 'cue',
  name: 'intent',
  roles: ['efficacy', 'purpose'],
  drops: (view, match) =>
    // "meant to reduce": the purpose phrase "to reduce" may share its "to" with the intent words.
    view.cues('intent').some((w) => match.last > w.last && match.first - w.last <= INTENT_REACH),
};
