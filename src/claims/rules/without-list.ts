/**
 * `without-list`: the indications listed after "without", "uten" ("without surgery, scars or a
 * general anaesthetic") are all spared, not only the first one.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { ClaimSuppressor } from './types.js';

/** How far into the list after "without" an indication is still one of its items. */
const LIST_REACH = 6;

export const withoutList: ClaimSuppressor = {
  kind: 'suppress',
  name: 'without-list',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for') return false;
    const { cues } = view.sentence;
    const spared = view.cues('without').find((w) => w.last < placed.at - 1 && placed.at - w.last <= LIST_REACH);
    if (!spared) return false;
    return !cues.some(
      (m) =>
        m.first > spared.last &&
        m.first < placed.at &&
        (isRole(m, 'efficacy') || isRole(m, 'purpose') || isRole(m, 'clause-break')),
    );
  },
};
