/**
 * `approval-scope`: in a clause about approval, effect and purpose words give the
 * approval's scope ("approved by the FDA for fat under the chin", "godkjent av FDA, men
 * bare til behandling av fett under haken"), not an effect claim. An effect word right after
 * "approved for" ("the only injection the agency has approved for dissolving fat", "godkjent for
 * å løse opp fett") is the scope too, whoever approved.
 *
 * @module
 */
import { isRole } from '../lexicon.js';
import { answeredApprover } from './approver-answer.js';
import type { LexiconMatch } from '../lexicon.js';
import type { ClauseView, CueSuppressor } from './types.js';
import { prefixNegatedApproval } from './unapproved.js';

export const approvalScope: CueSuppressor = {
  kind: 'cue',
  name: 'approval-scope',
  roles: ['efficacy', 'purpose'],
  drops(view, match) {
    // "**Er det godkjent?** Ja, av FDA, men bare mot fett under haken": the answer's approver (`approver-answer`).
    const approver = answeredApprover(view);
    if (isRole(match, 'purpose')) {
      const approval = view.cues('approval')[0];
      const coordinated = approval === undefined ? undefined : coordinatedPredicate(view, approval);
      if (coordinated !== undefined && match.first > coordinated) return false;
      return (
        view.has('approval') ||
        view.has('off-label') ||
        prefixNegatedApproval(view) !== undefined ||
        (approver !== undefined && match.first > approver.last)
      );
    }
    // "an unapproved treatment for cellulite": a prefix-negated approval word needs no FDA to give a scope.
    const approval =
      (view.context.fdaNearby ? view.cues('approval')[0] : undefined) ?? prefixNegatedApproval(view) ?? approver;
    // "is not FDA-approved and does not remove fat": a verb phrase of its own after the approval is a claim.
    if (approval !== undefined) {
      const coordinated = coordinatedPredicate(view, approval);
      if (coordinated !== undefined && match.first > coordinated) return false;
    }
    // The approval word itself is no effect word either ("The US regulator has cleared one drug": "cleared").
    // Before it, an effect word joined to the word before by a hyphen modifies a noun: "One fat-dissolving
    // medicine, deoxycholic acid, has been approved by the FDA" names a kind of drug, not a claimed effect.
    return (
      (approval !== undefined &&
        (match.first >= approval.first || view.sentence.tokens[match.first]?.joinedToPrevious === true)) ||
      afterApprovedFor(view, match.first)
    );
  },
};

/** How many words ("to", "å") may stand between "approved for" and the effect word. */
const INFINITIVE_REACH = 1;

/** Whether an effect word at `at` stands right after an approval word and its purpose word ("approved for dissolving"). */
function afterApprovedFor(view: ClauseView, at: number): boolean {
  const approvals = view.cues('approval');
  return view
    .cues('purpose')
    .some((p) => p.last < at && at - p.last - 1 <= INFINITIVE_REACH && approvals.some((a) => a.last === p.first - 1));
}

/** How many words may stand between the conjunction and the effect word of its verb phrase ("and that it does not remove"). */
const COORDINATED_REACH = 5;

/**
 * Where a denial of its own, joined by a conjunction after the approval word, starts: "is not FDA-approved
 * and does not remove fat", «er ikke godkjent av FDA og fjerner ikke fett». An effect word a few words after
 * the conjunction, with a negation between them (or, as bokmål puts it, right after the effect word) and no
 * name between, is its own claim, not the approval's scope ("approved for dissolving fat and tightening
 * skin" is one scope; "approved for the double chin and it does shrink that fat" is left to the approval).
 *
 * @param view - The clause.
 * @param approval - The approval word.
 * @returns The conjunction's token index, or undefined.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { readable } from '../../factcheck/fact-check.js';
 * import { clauseView } from '../clause-view.js';
 * import { buildLexicon } from '../lexicon.js';
 * import { readSentence } from '../sentence.js';
 * import { coordinatedPredicate } from './approval-scope.js';
 * const sentence = readSentence('Mesotherapy is not FDA-approved and does not remove fat.', 0, buildLexicon(readable(knowledgeBase.dataset), 'en'));
 * const view = clauseView(sentence, sentence.clauses[0]!, { contextSubject: undefined, recentSubject: undefined, listItem: false,
 *   leadInEffect: false, harmSection: false, subjectInSentence: undefined, pluralSubject: undefined, jointSubjects: [],
 *   lastIndication: undefined, lastIndications: [], fdaNearby: true, fdaApprover: false, question: false, abbreviations: new Set() });
 * coordinatedPredicate(view, view.cues('approval')[0]!); // 4: "and"
 * ```
 */
export function coordinatedPredicate(view: ClauseView, approval: LexiconMatch): number | undefined {
  const { sentence } = view;
  const negations = view.cues('negation');
  const names = [...view.interventions, ...view.indicationMatches];
  for (const effect of view.cues('efficacy')) {
    if (effect.first <= approval.last + 1) continue;
    for (let c = effect.first - 1; c > approval.last && effect.first - c <= COORDINATED_REACH; c--) {
      const token = sentence.tokens[c];
      if (token === undefined || !sentence.isConjunction(token)) continue;
      if (names.some((m) => m.first > c && m.first < effect.first)) break;
      const denied = negations.some((n) => (n.first > c && n.last < effect.first) || n.first === effect.last + 1);
      if (denied) return c;
      break;
    }
  }
  return undefined;
}
