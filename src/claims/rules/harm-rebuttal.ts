/**
 * `harm-rebuttal`: a sentence right after one that reports a promise of no side effects, which names
 * harms of the treatment promised ("Eleven clinics promised that fat-dissolving injections have no side
 * effects. The injections can cause swelling and painful lumps", «Elleve steder lovet at fettløsende
 * sprøyter er helt uten bivirkninger. Sprøytene kan gi hevelse og kuler»), denies the promise: a
 * `side-effect-free` claim, negated. Harms named with no promise before them stay no claim.
 *
 * @module
 */
import { denied } from './refuted-report.js';
import type { ClaimRule } from './types.js';

export const harmRebuttal: ClaimRule = {
  kind: 'claim',
  name: 'harm-rebuttal',
  predicate: 'side-effect-free',
  read(view) {
    const reported = view.context.reportedBefore;
    if (reported === undefined || !view.opensSentence || view.context.question) return [];
    const harm = view.cues('side-effect')[0] ?? view.cues('stated-harm')[0];
    // Harms others name or leave out are reported too: «Bare fire nevnte blåmerker» (articles-34).
    if (harm === undefined || view.has('mention') || view.has('speech') || view.has('claimed')) return [];
    // The harms are those of the treatment promised free of them: named, carried, or none named.
    const { subjects } = view;
    const promised = reported.filter(
      (claim) => claim.predicate === 'side-effect-free' && (subjects.length === 0 || subjects.includes(claim.subject)),
    );
    return denied(promised, harm.first, 'negate', 'harm-rebuttal');
  },
};
