/**
 * `fda-approved`: an approval word with the FDA named in this sentence or the one before
 * ("approved by the FDA", "FDA-approved", "godkjent av FDA"), or named as the approver earlier in
 * the section (`named-approver`) when the approval word names a use. With an indication ("for a
 * double chin") the claim is about that use.
 *
 * @module
 */
import { idOf, unique } from '../clause-view.js';
import type { LexiconMatch } from '../lexicon.js';
import type { SentenceView } from '../sentence.js';
import { textBetween } from '../tokenize.js';
import { approvalApposition } from '../apposition.js';
import { coordinatedPredicate } from './approval-scope.js';
import { referredUse } from './approved-use-reference.js';
import type { ClaimRule, PlacedClaim } from './types.js';

/** How close before an approval word a treatment is read as its subject: "Kybella, the only FDA-approved". */
const APPROVAL_ADJACENT = 4;

/** How far after "only" a use is the whole of the approval: "only for the double chin" (for, the, double chin). */
const RESTRICTION_REACH = 3;

/** How far after an approval word a negation still denies it: "godkjennes ikke". */
const NEGATION_AFTER = 3;

/** Whether a comma follows token `index` of the sentence ("Kybella, the only …"). */
function commaAfter(sentence: SentenceView, index: number): boolean {
  const token = sentence.tokens[index];
  const next = sentence.tokens[index + 1];
  return textBetween(sentence.text, sentence.start, token, next).includes(',');
}

export const fdaApproved: ClaimRule = {
  kind: 'claim',
  name: 'fda-approved',
  predicate: 'fda-approved',
  read(view) {
    const approval = view.cues('approval')[0];
    if (!approval || !(view.context.fdaNearby || view.context.fdaApprover)) return [];
    // "FDA-approved for it": `approved-use-reference` reads the approval of the use named before.
    if (view.context.fdaNearby && referredUse(view)) return [];
    const { sentence, interventions } = view;
    // What is approved is named before the approval word, even after "unlike" ("Unlike finasteride, which is FDA-approved…").
    const before = interventions.filter((m) => m.last < approval.first);
    const namedBefore = before.filter((m) => !sentence.comparators.has(m));
    // "…no better than topical minoxidil, which is FDA-approved": the relative clause speaks of the comparator.
    const nearest = before.at(-1);
    const relative =
      nearest && sentence.comparators.has(nearest)
        ? view
            .cues('relative')
            .find((m) => m.first > nearest.last && m.first - nearest.last <= 3 && m.last < approval.first)
        : undefined;
    // A treatment right before the approval word is what is approved ("…use Kybella, the only FDA-approved injectable");
    // an ingredient is so only when a comma sets the approval off as its apposition: in "Injection lipolysis with
    // phosphatidylcholine mixtures is not approved" the ingredient is part of the subject's name.
    const adjacent =
      nearest &&
      approval.first - nearest.last <= APPROVAL_ADJACENT &&
      (!sentence.comparators.has(nearest) || commaAfter(sentence, nearest.last))
        ? nearest
        : undefined;
    // "The FDA has approved one injectable drug to reduce fat, Kybella": with no treatment named
    // before the approval word, the one in apposition is what is approved, not the class before it.
    const apposed =
      before.length === 0
        ? approvalApposition(sentence, interventions, view.clause.first, view.clause.last)?.apposed
        : undefined;
    const approved = apposed
      ? [idOf(apposed)]
      : relative && nearest
        ? [idOf(nearest)]
        : adjacent && !namedBefore.includes(adjacent)
          ? [idOf(adjacent)]
          : namedBefore.length > 0
            ? unique(namedBefore.map(idOf))
            : before.length > 0
              ? [idOf(before.at(-1) as LexiconMatch)]
              : view.subjects;
    const polarity = relative
      ? view.polarityAt(approval.first + NEGATION_AFTER, relative.last)
      : view.polarityAt(approval.first + NEGATION_AFTER);
    // The approved use is named after the approval word ("approved for hereditary hair loss"); an
    // indication before it is the use only when none follows ("For hair loss, minoxidil is FDA-approved").
    // After an appositive, the words between describe the class ("to reduce fat"), not the use.
    const usesFrom = apposed ? apposed.last : approval.last;
    // "FDA-approved for the double chin and it does shrink that fat": a broad indication in the definite after a
    // narrower one of it refers back to that one, and is no use of its own.
    const definite = view.cues('definite-indication');
    const refersBack = (m: LexiconMatch): boolean =>
      definite.some((d) => d.first <= m.first && m.last <= d.last) &&
      view.indicationMatches.some((o) => o.last < m.first && o.ref.type === 'indication' && o.ref.parent === idOf(m));
    // "is not FDA-approved and does not remove fat": the use of a verb phrase of its own is not the approval's.
    const usesUntil = coordinatedPredicate(view, approval) ?? view.clause.last + 1;
    // "The only fat-dissolving product with FDA approval is deoxycholic acid", "The only approved fat injection
    // is …": a use joined to the class noun after "the only" (by a hyphen, or right before the noun) says what
    // the class does, not what is approved ("den eneste injeksjonen for reduksjon av dobbelthake som FDA har
    // godkjent" names its use).
    const soles = view.cues('sole');
    const classNouns = new Set([...view.cues('plural-treatment'), ...view.cues('treatment-noun')].map((m) => m.first));
    const inClass = (m: LexiconMatch): boolean =>
      soles.some((s) => m.first > s.last) &&
      ((view.sentence.tokens[m.last + 1]?.joinedToPrevious === true && m.last < approval.first) ||
        (classNouns.has(m.last + 1) && soles.some((s) => s.last < approval.first && approval.last < m.first)));
    const namedAfter = view.indicationMatches.filter(
      (m) => m.first > usesFrom && m.first < usesUntil && !refersBack(m) && !inClass(m),
    );
    const after = view.indications.filter((id) => namedAfter.some((m) => idOf(m) === id));
    // With the FDA named only as the section's approver (`named-approver`), an approval word is
    // read as the FDA's only when it names the use ("it is not approved for fat on the stomach"):
    // a bare "not approved" so far from the FDA may speak of any rule or body.
    if (!view.context.fdaNearby && after.length === 0) return [];
    // "approved only one fat reducer, Kybella, and only for fat under the chin": a use named right
    // after a restriction is the whole of the approval.
    // The restriction must be of the use ("only for"), not of a count ("only one fat reducer").
    const purposeStarts = new Set(view.cues('purpose').map((m) => m.first));
    // "only approved for …", «bare godkjent mot …»: before the approval word, the restriction reaches past it.
    // "The only approved …" is of a count: the restriction inside "the only" is no restriction of the use.
    const restrictionEnds = view
      .cues('restriction')
      .filter((m) => !soles.some((s) => s.first <= m.first && m.last <= s.last))
      .filter((m) => purposeStarts.has(m.last + 1) || m.last + 1 === approval.first)
      .map((m) => (m.last + 1 === approval.first ? approval.last : m.last));
    const restricted = after.filter((id) =>
      namedAfter.some(
        (m) => idOf(m) === id && restrictionEnds.some((end) => end < m.first && m.first - end <= RESTRICTION_REACH),
      ),
    );
    const namedBeforeApproval = view.indicationMatches.filter((m) => m.last < approval.first).map(idOf);
    const uses =
      restricted.length > 0
        ? restricted
        : after.length > 0
          ? after
          : apposed
            ? unique(namedBeforeApproval)
            : soles.length > 0
              ? unique(view.indicationMatches.filter((m) => !inClass(m)).map(idOf))
              : usesUntil > view.clause.last
                ? view.indications
                : unique(view.indicationMatches.filter((m) => m.first < usesUntil).map(idOf));
    const placed: PlacedClaim[] = [];
    for (const subject of approved) {
      if (uses.length === 0)
        placed.push({
          at: approval.first,
          rule: 'fda-approved',
          claim: { subject, predicate: 'fda-approved', polarity },
        });
      for (const object of uses)
        placed.push({
          at: approval.first,
          rule: 'fda-approved',
          claim: { subject, predicate: 'fda-approved', object, polarity },
        });
    }
    return placed;
  },
};
