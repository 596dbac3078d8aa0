/**
 * `mentioned-phrase`: "She mentioned no side effects before we asked", «Hun nevnte ingen
 * bivirkninger»: a claim phrase right after a verb of mentioning is what someone mentioned (or
 * left out), reported; the sentence does not claim it.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

/** The most words between the verb and the phrase ("mentioned any of the side effects"). */
const REACH = 2;

export const mentionedPhrase: ClaimSuppressor = {
  kind: 'suppress',
  name: 'mentioned-phrase',
  drops: (view, placed) =>
    placed.claim.predicate !== 'effective-for' &&
    view.cues('mention').some((m) => m.last < placed.at && placed.at - m.last - 1 <= REACH),
};
