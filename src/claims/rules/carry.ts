/**
 * The carry rules, in the order the clause view tries them: the first that gives a clause
 * with no treatment of its own a subject wins. Kept apart from the registry's barrel so the
 * clause view can use them without importing the claim rules.
 *
 * @module
 */
import { relativeAntecedent } from './relative-antecedent.js';
import { afterTreatment } from './after-treatment.js';
import { backReference } from './back-reference.js';
import { clinicVoice } from './clinic-voice.js';
import { indicationSubject } from './indication-subject.js';
import { jointReference } from './joint-reference.js';
import { doubtedEvidence } from './doubted-evidence.js';
import { harmStatement } from './harm-statement.js';
import { labelText } from './label-text.js';
import { listLeadIn } from './list-lead-in.js';
import { perceivedEffect } from './perceived-effect.js';
import { pluralReference } from './plural-reference.js';
import { sentenceSubject } from './sentence-subject.js';
import { studyReport } from './study-report.js';
import { substanceReference } from './substance-reference.js';
import { usesAnswer } from './uses-answer.js';
import type { CarryInput, CarryRule } from './types.js';

/** The carry rules, in order. */
export const CARRY_RULES: readonly CarryRule[] = [
  relativeAntecedent,
  jointReference,
  substanceReference,
  backReference,
  pluralReference,
  sentenceSubject,
  listLeadIn,
  usesAnswer,
  labelText,
  harmStatement,
  doubtedEvidence,
  studyReport,
  indicationSubject,
  clinicVoice,
  perceivedEffect,
  afterTreatment,
];

/**
 * The subjects the first carry rule that gives any gives a clause that names no treatment, and
 * the rule's name.
 *
 * @param input - The clause.
 * @returns The rule and the subjects (one, or each of those "both" means), or undefined when no rule carries one.
 */
export function carriedSubject(
  input: CarryInput,
): { readonly rule: string; readonly subjects: readonly string[] } | undefined {
  for (const rule of CARRY_RULES) {
    const subject = rule.subject(input);
    if (subject !== undefined) return { rule: rule.name, subjects: typeof subject === 'string' ? [subject] : subject };
  }
  return undefined;
}
