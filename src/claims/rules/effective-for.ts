/**
 * `effective-for`: a treatment is said to work for an indication ("Mesotherapy melts belly
 * fat", "Mesoterapi mot hårtap", a list under "We use mesotherapy against:"). With an effect word
 * and no indication, the object is the paragraph's last indication, else the one the treatment's
 * name carries ("Fat-dissolving injections work": fat; "Hair mesotherapy", «fettløsende sprøyter»: the
 * `named-use` cues), which a doubt with no indication doubts too ("… are poorly documented"); a subject
 * carried from a label before the clause counts with its name ("**Scalp mesotherapy:** may help some").
 * The name's use goes first when the last indication was another treatment's, earlier in the sentence.
 *
 * @module
 */
import { afterAnotherTreatment, endsInColon, endsInPurpose, idOf, unique } from '../clause-view.js';
import type { LexiconMatch } from '../lexicon.js';
import { namedUses } from './name-uses.js';
import { resultNounOnly } from './result-noun.js';
import type { ClaimRule, ClauseView, PlacedClaim } from './types.js';

/** How far (in tokens) a purpose word reaches: "for stubborn belly fat". */
const PURPOSE_REACH = 3;

export const effectiveFor: ClaimRule = {
  kind: 'claim',
  name: 'effective-for',
  predicate: 'effective-for',
  read(view) {
    const { effects, hedged, context } = view;
    // "For fettløsende injeksjoner på mage, …": a treatment between the purpose word and the indication is
    // what the purpose word governs, so the indication is where the treatment is given, not its goal.
    const purposeFor = (at: number): boolean =>
      view.purposes.some(
        (p) =>
          p.last < at &&
          at - p.last <= PURPOSE_REACH &&
          !view.interventions.some((m) => m.first > p.last && m.last < at),
      );
    // Items under a lead-in that asserts an effect, or the answer to a question about the uses.
    const listEffect = (context.listItem && context.leadInEffect) || view.carriedBy === 'uses-answer';
    const triggered =
      effects.length > 0 || hedged || listEffect || view.indicationMatches.some((m) => purposeFor(m.first));
    if (!triggered) return [];
    // A bare noun for the result says there is one, not what it is ("a result you are unhappy with"),
    // unless a hedge grades it ("PRP trials give mixed results").
    const nounOnly = resultNounOnly(view);
    // With a subject and an effect word but no indication, the paragraph's last indication is
    // meant ("For hair loss, the picture is mixed. Dutasteride outperformed placebo."); not in a lead-in,
    // nor by a clause that opens with an effect word and ends with it ("Vurdering: Fjernet.").
    // A clause before a colon leads into what follows it ("Skinboosteren har bedre grunnlag: den gir
    // fuktigere hud"), as a sentence ending in one does.
    const leadInBlock = /:\s*$/.test(view.sentence.text);
    const leadInSentence = leadInBlock || endsInColon(view.sentence, view.clause);
    const candidate =
      effects.length > 0 &&
      (hedged || effects.some((m) => !nounOnly(m))) &&
      (view.named.length > 0 || view.carried || view.refersBack || (view.opensWithEffect && !bareEffect(view))) &&
      !leadInSentence
        ? context.lastIndication
        : undefined;
    // With none in the paragraph either, a treatment whose name says what it is for ("Fat-dissolving
    // injections work, full stop") is said to work for that, and a doubt of it ("Fat-dissolving
    // injections are poorly documented") doubts that; not in a lead-in to the blocks after it ("Our
    // scalp mesotherapy treats:"), whose items name the uses.
    // Nor is a bare result noun enough there ("the result of hair mesotherapy"), nor an effect phrase that
    // ends in a purpose word and names no use after it ("lipolytic solution for professional use").
    const stated = effects.some((m) => !nounOnly(m) && !endsInPurpose(view, m));
    const nameUses =
      (stated || (hedged && !view.has('safety-topic') && !view.has('side-effect-topic'))) &&
      view.indications.length === 0 &&
      !leadInBlock
        ? namedUses(view.sentence, view.interventions.length > 0 ? view.interventions : subjectNames(view))
        : [];
    // The name's use also goes before an indication the sentence named as another treatment's use
    // ("Minoxidil works for male pattern baldness; scalp mesotherapy may help a few guests": hair loss).
    const inherited =
      candidate !== undefined && !(nameUses.length > 0 && anotherUse(view, candidate)) ? candidate : undefined;
    const nameUsed = inherited === undefined ? nameUses : [];
    const objects =
      view.indications.length > 0
        ? view.indications
        : nameUsed.length > 0
          ? unique(nameUsed.map(([, use]) => use))
          : inherited
            ? [inherited]
            : [];
    const placed: PlacedClaim[] = [];
    for (const object of objects) {
      const at = view.indicationMatches.find((m) => idOf(m) === object)?.first;
      if (at !== undefined && effects.length === 0 && !hedged && !listEffect && !purposeFor(at)) continue;
      // A use only the treatment's name carries is placed at that name ("websites claiming that lipodissolve is …").
      const position = at ?? nameUsed.find(([, use]) => use === object)?.[0].first ?? view.clause.first;
      // The claim's own effect word: the nearest before the indication, else the first after.
      // A negation counts up to whichever comes last ("fjerner ikke fett", "cellulite … never evaluated for efficacy").
      const effect = effects.filter((m) => m.first <= position).at(-1) ?? effects[0];
      // With no indication, the effect word's own negation counts too ("endrer ikke", "will not change").
      const anchor = Math.max(
        (at === undefined && effect ? effect.last + 1 : effect?.first) ?? position,
        at ?? view.clause.first,
      );
      const polarity = view.polarityAt(anchor);
      for (const subject of effectSubjects(view, Math.min(anchor, position), effect))
        placed.push({
          at: position,
          rule: 'effective-for',
          claim: { subject, predicate: 'effective-for', object, polarity },
        });
    }
    return placed;
  },
};

/**
 * Who an effect claim is about: the subjects named before its words, when there are
 * any ("mesotherapy for thinning hair, injecting vitamins, minoxidil…" is about mesotherapy
 * only); a comparator when a relative clause right after it holds the effect word ("less
 * invasive than liposuction, which removes fat"); otherwise the clause's subjects.
 */
function effectSubjects(view: ClauseView, limit: number, effect: LexiconMatch | undefined): readonly string[] {
  const { sentence } = view;
  const earlier = view.interventions.filter((m) => m.last < limit);
  const nearest = earlier.at(-1);
  if (nearest && effect && sentence.comparators.has(nearest)) {
    const relative = view.cues('relative').find((m) => m.first > nearest.last && m.first - nearest.last <= 3);
    if (relative && effect.first > relative.last && effect.first - relative.last <= 4) return [idOf(nearest)];
  }
  const before = earlier.filter((m) => !sentence.comparators.has(m));
  return before.length > 0 ? unique(before.map(idOf)) : view.subjects;
}

/**
 * Whether the sentence named `indication` before the clause as the use of another treatment
 * than the clause's: after that treatment ("Minoxidil works for male pattern baldness; …").
 */
function anotherUse(view: ClauseView, indication: string): boolean {
  return view.sentence.entities.some(
    (m) =>
      m.ref.type === 'indication' &&
      m.last < view.clause.first &&
      idOf(m) === indication &&
      afterAnotherTreatment(view.sentence, m, view.subjects),
  );
}

/**
 * Whether the clause is an effect word and nothing after it ("Vurdering: Fjernet.", «Må fjernes.»): a
 * verdict on a text, not a claim about the paragraph's use, which it does not take.
 */
function bareEffect(view: ClauseView): boolean {
  return view.effects.at(-1)?.last === view.clause.last;
}

/**
 * Where the sentence named the subject a clause carries from before it ("**Scalp mesotherapy:** may help
 * some patients"): its name may say what it is for.
 */
function subjectNames(view: ClauseView): readonly LexiconMatch[] {
  if (!view.carried) return [];
  return view.sentence.entities.filter(
    (m) => m.ref.type === 'intervention' && m.last < view.clause.first && view.subjects.includes(idOf(m)),
  );
}
