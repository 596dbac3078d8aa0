/**
 * `judged-label`: a treatment and its use set before a colon as a label, then judged after it in the
 * same sentence — "Mesotherapy for cellulite: the research is thin", «Mesoterapi mot appelsinhud:
 * forskningen er tynn, og hun tror ikke den virker» — name the topic of the judgement; the label does
 * not also say the treatment works. An affirmed effect of a label with no effect word of its own is
 * dropped when a later clause of the sentence denies or doubts the same effect. A label followed by
 * praise ("Mesotherapy for cellulite: smoother skin in weeks") is read as before.
 *
 * @module
 */
import { endsInColon } from '../clause-view.js';
import { isRole } from '../lexicon.js';
import type { SentenceView } from '../sentence.js';
import type { Clause } from '../sentence.js';
import { withoutDoubted } from './doubted-use.js';
import type { SentenceClaimsRule } from './types.js';

/** Whether the clause has an effect word of its own. */
function hasEffectWord(sentence: SentenceView, clause: Clause): boolean {
  return sentence.cues.some((m) => isRole(m, 'efficacy') && m.first >= clause.first && m.last <= clause.last);
}

export const judgedLabel: SentenceClaimsRule = {
  kind: 'sentence-claims',
  name: 'judged-label',
  reconcile(sentence, clauses, claims, trace) {
    if (clauses.length < 2) return claims;
    return withoutDoubted(claims, 'judged-label', trace, (index) => {
      const read = clauses[index];
      if (!read || !endsInColon(sentence, read.clause) || hasEffectWord(sentence, read.clause)) return undefined;
      return claims.slice(index + 1).flat();
    });
  },
};
