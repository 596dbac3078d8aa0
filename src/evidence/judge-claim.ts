/**
 * The verdict function, standalone.
 *
 * @module
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Claim } from './claim.js';
import type { Judgement } from './judge.js';
import { expectShape } from '../guard.js';

/**
 * Judges a claim against a knowledge base: the same as `kb.judge(claim)`.
 *
 * @param kb - The knowledge base.
 * @param claim - The claim.
 * @returns The judgement.
 * @throws {@link InvalidClaimError} when `claim` is not a claim.
 * @example
 * ```ts
 * import { knowledgeBase, judgeClaim } from 'meso-evidence';
 * judgeClaim(knowledgeBase, { subject: 'mesotherapy', predicate: 'no-downtime', polarity: 'affirm' }).verdict; // 'supported'
 * ```
 */
export function judgeClaim(kb: KnowledgeBase, claim: Claim): Judgement {
  expectShape('judgeClaim', 'kb', kb, { judge: 'function' }, 'a knowledge base');
  return kb.judge(claim);
}
