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
import type { Claim } from '../../evidence/claim.js';
import { isRole } from '../lexicon.js';
import type { SentenceView } from '../sentence.js';
import type { Clause } from '../sentence.js';
import type { SentenceClaimsRule } from './types.js';

/** Whether the clause ends at a colon (after any closing emphasis): a label. */
function endsInColon(sentence: SentenceView, clause: Clause): boolean {
  const last = sentence.tokens[clause.last];
  if (!last) return false;
  return /^[*_]*\s*:/.test(sentence.text.slice(last.end - sentence.start));
}

/** Whether the clause has an effect word of its own. */
function hasEffectWord(sentence: SentenceView, clause: Clause): boolean {
  return sentence.cues.some((m) => isRole(m, 'efficacy') && m.first >= clause.first && m.last <= clause.last);
}

/** Whether two effect claims speak of the same treatment and use. */
function sameEffect(a: Claim, b: Claim): boolean {
  return (
    a.predicate === 'effective-for' &&
    b.predicate === 'effective-for' &&
    a.subject === b.subject &&
    a.object === b.object
  );
}

export const judgedLabel: SentenceClaimsRule = {
  kind: 'sentence-claims',
  name: 'judged-label',
  reconcile(sentence, clauses, claims, trace) {
    if (clauses.length < 2) return claims;
    const next = claims.map((list, index) => {
      const read = clauses[index];
      if (!read || !endsInColon(sentence, read.clause) || hasEffectWord(sentence, read.clause)) return list;
      const later = claims.slice(index + 1).flat();
      const judged = (c: Claim): boolean =>
        c.polarity === 'affirm' && later.some((o) => o.polarity !== 'affirm' && sameEffect(c, o));
      if (!list.some(judged)) return list;
      for (const claim of list) if (judged(claim)) trace?.({ rule: 'judged-label', action: 'dropped', claim });
      return list.filter((c) => !judged(c));
    });
    return next.some((list, index) => list !== claims[index]) ? next : claims;
  },
};
