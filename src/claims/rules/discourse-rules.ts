/**
 * The discourse rules, each applied by the discourse reducer (src/claims/discourse.ts) at its
 * point of the document. Kept apart from the registry's barrel so the reducer can use them
 * without importing the claim rules.
 *
 * @module
 */
import { approvalColumn } from './approval-column.js';
import { labelLine } from './label-line.js';
import { lastSubstance } from './last-substance.js';
import { lineAnswer } from './line-answer.js';
import { namedApprover } from './named-approver.js';
import { pluralMention } from './plural-mention.js';
import { pluralQuestion } from './plural-question.js';
import { pluralSubject } from './plural-subject.js';
import { priceHeading } from './price-heading.js';
import { reportAside } from './report-aside.js';
import type { DiscourseRule } from './types.js';
import { soleException } from './sole-exception.js';
import { usedProduct } from './used-product.js';

export {
  approvalColumn,
  labelLine,
  lastSubstance,
  lineAnswer,
  namedApprover,
  pluralMention,
  pluralQuestion,
  pluralSubject,
  priceHeading,
  reportAside,
  soleException,
  usedProduct,
};

/** The discourse rules, in the order the reducer applies them to a sentence. */
export const DISCOURSE_RULES: readonly DiscourseRule[] = [
  pluralSubject,
  pluralQuestion,
  priceHeading,
  lastSubstance,
  namedApprover,
  usedProduct,
  soleException,
  lineAnswer,
  labelLine,
  approvalColumn,
  pluralMention,
  reportAside,
];
