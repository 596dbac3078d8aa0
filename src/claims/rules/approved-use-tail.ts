/**
 * `approved-use-tail`: a clause with no verb of its own that adds the scope of an approval named in
 * the clause before it — "The only one the FDA has approved is deoxycholic acid, and that is for fat
 * under the chin", «Det eneste midlet som er godkjent av FDA, er deoksykolsyre, og det bare for
 * dobbelthake», "Deoxycholic acid is approved by the FDA, but for the double chin only" — says what the
 * approval is for. The bare approval becomes an approval for each use
 * the tail names, and the tail's own reading of the use as an effect claim is dropped. The openings
 * of such a clause are data (cue role `approval-tail`).
 *
 * @module
 */
import type { Claim } from '../../evidence/claim.js';
import type { CueRole } from '../../schema/cue.js';
import { idOf, unique } from '../clause-view.js';
import { isRole, type LexiconMatch } from '../lexicon.js';
import type { Clause, SentenceView } from '../sentence.js';
import type { SentenceClaimsRule } from './types.js';

/** What may stand between the tail's opening and its use: "only", "for", "the", "under". */
const SCOPE_WORDS: ReadonlySet<CueRole> = new Set<CueRole>([
  'restriction',
  'purpose',
  'preposition',
  'not-reference',
  'article',
  'auxiliary',
  'place',
]);

/**
 * The uses a clause names as the scope of the approval before it: the clause opens with an
 * `approval-tail` phrase, then only scope words and a purpose word stand before its first use.
 */
function tailUses(sentence: SentenceView, clause: Clause): readonly string[] {
  const opening = sentence.cues.find((m) => isRole(m, 'approval-tail') && m.first === clause.first);
  if (opening === undefined) return [];
  const uses = sentence.entities.filter(
    (m) => m.ref.type === 'indication' && m.first > opening.last && m.last <= clause.last,
  );
  const first = uses[0];
  if (first === undefined || sentence.entities.some((m) => m.ref.type === 'intervention' && inClause(m, clause)))
    return [];
  let purpose = false;
  for (let at = opening.last + 1; at < first.first; at++) {
    const words = sentence.cues.filter((m) => m.first <= at && m.last >= at);
    if (!words.some((m) => m.ref.type === 'cue' && SCOPE_WORDS.has(m.ref.role))) return [];
    if (words.some((m) => isRole(m, 'purpose'))) purpose = true;
  }
  // No verb of its own after the opening: "but for cellulite it does nothing" says something else.
  const verb = sentence.cues.some(
    (m) => m.ref.type === 'cue' && VERB_ROLES.has(m.ref.role) && m.first > opening.last && m.last <= clause.last,
  );
  return purpose && !verb ? unique(uses.map(idOf)) : [];
}

/** Words of a clause that says something of its own, after the tail's opening (not a bare "not for stomachs"). */
const VERB_ROLES: ReadonlySet<CueRole> = new Set<CueRole>([
  'efficacy',
  'auxiliary',
  'modal',
  'pronoun',
  'plural-pronoun',
]);

/** Whether a match lies inside the clause. */
function inClause(m: LexiconMatch, clause: Clause): boolean {
  return m.first >= clause.first && m.last <= clause.last;
}

/** Whether a claim is an approval that names no use. */
function isBareApproval(claim: Claim): boolean {
  return claim.predicate === 'fda-approved' && claim.object === undefined;
}

export const approvedUseTail: SentenceClaimsRule = {
  kind: 'sentence-claims',
  name: 'approved-use-tail',
  reconcile(sentence, clauses, claims, trace) {
    if (clauses.length < 2 || !sentence.has('approval-tail')) return claims;
    const next = [...claims];
    for (let index = 1; index < clauses.length; index++) {
      const before = next[index - 1] ?? [];
      const tail = clauses[index];
      if (tail === undefined || !before.some(isBareApproval)) continue;
      const uses = tailUses(sentence, tail.clause);
      if (uses.length === 0) continue;
      const approved = before.filter(isBareApproval);
      next[index - 1] = before.flatMap((claim) => {
        if (!isBareApproval(claim)) return [claim];
        return uses.map((object) => {
          const scoped: Claim = { ...claim, object };
          trace?.({ rule: 'approved-use-tail', action: 'read', claim: scoped });
          return scoped;
        });
      });
      const ofApproved = (c: Claim): boolean =>
        c.predicate === 'effective-for' &&
        c.object !== undefined &&
        uses.includes(c.object) &&
        approved.some((a) => a.subject === c.subject);
      next[index] = (next[index] ?? []).filter((c) => {
        if (!ofApproved(c)) return true;
        trace?.({ rule: 'approved-use-tail', action: 'dropped', claim: c });
        return false;
      });
    }
    return next.every((list, index) => list === claims[index]) ? claims : next;
  },
};
