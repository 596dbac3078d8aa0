/**
 * `report-aside`: a sentence that names no treatment and no use, and neither refutes nor doubts
 * anything ("I relied on both statements when I paid."), is an aside between a report and its
 * refutation: what the sentence before reported others to claim ("your website said that the
 * injections break down stubborn fat") is still what the next sentence may refute ("Neither turned
 * out to be true."), and so is a transcript's bracketed stage direction ("(Laughter)"). One aside only; a second lets the report go, and so does a label or heading
 * ("Recommendations"), which ends no statement.
 *
 * @module
 */
import type { CueRole } from '../../schema/cue.js';
import type { DiscourseRule } from './types.js';

/** What the rule notes: that the sentence is an aside a report is kept over. */
export const REPORT_ASIDE = 'aside';

/** The end of a sentence said as a statement: a full stop or an exclamation mark, maybe inside a quote. */
const STATEMENT_END = /[.!]["'”’»)]*$/;

/** A sentence wholly in brackets: "(Laughter)", "[Applause]". */
const BRACKETED = /^[([][^()[\]]*[)\]]$/;

/** Cue roles of a sentence that answers a report itself: it refutes or doubts, so it is no aside. */
const ANSWERING: readonly CueRole[] = ['refuting', 'hedge', 'evidence-topic', 'study', 'negation'];

export const reportAside: DiscourseRule = {
  kind: 'discourse',
  name: 'report-aside',
  // A line with no final punctuation ("Recommendations") is a label or a heading: another section, no aside;
  // one wholly in brackets ("(Laughter)", a transcript's stage direction) is an aside however it ends.
  note: ({ sentence }) =>
    !(STATEMENT_END.test(sentence.text.trimEnd()) || BRACKETED.test(sentence.text.trim())) ||
    sentence.entities.some((m) => m.ref.type === 'intervention' || m.ref.type === 'indication') ||
    ANSWERING.some((role) => sentence.has(role))
      ? undefined
      : REPORT_ASIDE,
};
