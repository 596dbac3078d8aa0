/**
 * The registry of claim rules and suppressors, in the order the reader applies them.
 * docs/engine.md's rule catalogue is generated from it (`npm run build:engine-doc`).
 *
 * @module
 */
import { approvalScope } from './approval-scope.js';
import { effectiveFor } from './effective-for.js';
import { fdaApproved } from './fda-approved.js';
import { history } from './history.js';
import { namePart } from './name-part.js';
import { noDowntime } from './no-downtime.js';
import { question } from './question.js';
import { quotation } from './quotation.js';
import { safe } from './safe.js';
import { sideEffectFree } from './side-effect-free.js';
import type { ClaimRule, ClaimSuppressor, CueSuppressor, RegistryEntry } from './types.js';
import { wish } from './wish.js';

/** The claim rules, one per predicate phrase kind; each reads a clause. */
export const CLAIM_RULES: readonly ClaimRule[] = [fdaApproved, safe, sideEffectFree, noDowntime, effectiveFor];

/** Suppressors that take words out of play before the claim rules run. */
export const CUE_SUPPRESSORS: readonly CueSuppressor[] = [namePart, approvalScope, wish];

/** Suppressors that drop claims the rules read. */
export const CLAIM_SUPPRESSORS: readonly ClaimSuppressor[] = [history, quotation, question];

/** Every entry, for the catalogue and the fixture test. */
export const REGISTRY: readonly RegistryEntry[] = [...CLAIM_RULES, ...CUE_SUPPRESSORS, ...CLAIM_SUPPRESSORS];
