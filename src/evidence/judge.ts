/**
 * Judges a claim against the knowledge base: picks the row of the verdict table
 * that applies, and gathers the records behind it. Verdict rules live only here
 * and in `verdict-table.ts`.
 *
 * @module
 */
import type { Population } from '../schema/common.js';
import type { Certainty, Direction } from '../schema/evidence.js';
import type { Regulatory } from '../schema/regulatory.js';
import type { Indexes } from '../kb/indexes.js';
import { labelOf } from '../kb/labels.js';
import { findAssessment, indicationChain } from './assessment.js';
import { POLARITIES, PREDICATES, type Claim, type Polarity, type Verdict } from './claim.js';
import { InvalidClaimError } from './errors.js';
import {
  explainDowntime,
  explainEffectiveFor,
  explainFda,
  explainSafety,
  explainUnknown,
  type Explanation,
  type Labels,
} from './explain.js';
import { effectiveForRule, verdictFor, type VerdictRuleId } from './verdict-table.js';

/**
 * The assessment a verdict rests on.
 *
 * @example
 * ```ts
 * import { knowledgeBase, type JudgedAssessment } from 'meso-evidence';
 * const used: JudgedAssessment | undefined = knowledgeBase.judge({
 *   subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm',
 * }).assessment;
 * ```
 */
export interface JudgedAssessment {
  /** The assessment's id, `<subject>--<indication>`. */
  readonly id: string;
  /** What the evidence shows. */
  readonly direction: Direction;
  /** GRADE certainty. */
  readonly certainty: Certainty;
  /** Indication ids walked to find it: the claim's object first, the assessed indication last. */
  readonly chain: readonly string[];
}

/**
 * How a claim stands against the knowledge base, and why.
 *
 * @example
 * ```ts
 * import { knowledgeBase, type Judgement } from 'meso-evidence';
 * const judgement: Judgement = knowledgeBase.judge({ subject: 'mesotherapy', predicate: 'fda-approved', polarity: 'negate' });
 * judgement.verdict; // 'supported'
 * judgement.explanation.nb; // one sentence in Norwegian bokmål
 * ```
 */
export interface Judgement {
  /** The verdict. */
  readonly verdict: Verdict;
  /** The row of {@link VERDICT_TABLE} that decided it. */
  readonly rule: VerdictRuleId;
  /** The assessment used, for `effective-for` claims that have one. */
  readonly assessment?: JudgedAssessment;
  /** Ids of the records behind the verdict: an assessment's studies, statements and sources; regulatory records; sources of documented harms. */
  readonly citations: readonly string[];
  /** The verdict in one sentence, in English and Norwegian bokmål. */
  readonly explanation: Explanation;
}

/**
 * Subjects whose safety the design names as unproven: a `safe` claim about them is
 * overstated even where the data lists no adverse effect.
 */
const SAFETY_UNPROVEN: ReadonlySet<string> = new Set(['mesotherapy', 'injection-lipolysis']);

/** Subjects the design says need no downtime (usually none; some take a day off). */
const USUALLY_NO_DOWNTIME: ReadonlySet<string> = new Set(['mesotherapy']);

/** Adverse-event seriousness a verdict names and cites first. */
const SERIOUS: ReadonlySet<string> = new Set(['serious', 'severe']);

/** Regulatory standings that document a harm. */
const HARM_STATUSES: ReadonlySet<string> = new Set(['warned-against', 'banned']);

function result(
  rule: VerdictRuleId,
  polarity: Polarity,
  citations: Iterable<string>,
  explain: (verdict: Verdict) => Explanation,
  assessment?: JudgedAssessment,
): Judgement {
  const verdict = verdictFor(rule, polarity);
  return Object.freeze({
    verdict,
    rule,
    ...(assessment ? { assessment } : {}),
    citations: Object.freeze([...new Set(citations)]),
    explanation: explain(verdict),
  });
}

/**
 * Checks that a value is a claim, and returns it.
 *
 * @internal
 */
export function checkClaim(value: unknown): Claim {
  if (value === null || typeof value !== 'object')
    throw new InvalidClaimError('A claim must be an object with subject, predicate and polarity', value);
  const claim = value as Record<string, unknown>;
  if (typeof claim.subject !== 'string')
    throw new InvalidClaimError('A claim’s subject must be an intervention id (a string)', value);
  if (!(PREDICATES as readonly unknown[]).includes(claim.predicate)) {
    throw new InvalidClaimError(`A claim’s predicate must be one of ${PREDICATES.join(', ')}`, value);
  }
  if (!(POLARITIES as readonly unknown[]).includes(claim.polarity)) {
    throw new InvalidClaimError(`A claim’s polarity must be one of ${POLARITIES.join(', ')}`, value);
  }
  if (claim.object !== undefined && typeof claim.object !== 'string') {
    throw new InvalidClaimError('A claim’s object, when given, must be an indication id (a string)', value);
  }
  if (claim.population !== undefined && !isPopulation(claim.population)) {
    throw new InvalidClaimError(
      'A claim’s population, when given, must be { sex: "female" } or { sex: "male" }',
      value,
    );
  }
  return value as Claim;
}

function isPopulation(value: unknown): value is Population {
  if (value === null || typeof value !== 'object') return false;
  const sex = (value as Record<string, unknown>).sex;
  return sex === 'female' || sex === 'male';
}

/**
 * Judges a claim (checked first with {@link checkClaim}).
 *
 * @internal
 */
export function judge(ix: Indexes, value: unknown): Judgement {
  const claim = checkClaim(value);
  const labels = (id: string): Labels => ({ en: labelOf(ix, id, 'en'), nb: labelOf(ix, id, 'nb') });
  const s = labels(claim.subject);
  const known = ix.byKind.interventions.has(claim.subject) || ix.byKind.ingredients.has(claim.subject);
  switch (claim.predicate) {
    case 'effective-for':
      return judgeEffectiveFor(ix, claim, s, labels);
    case 'fda-approved':
      if (!known) return result('fda-approved/unknown', claim.polarity, [], (v) => explainUnknown(v, s));
      return judgeFda(ix, claim, s, labels);
    case 'safe':
    case 'side-effect-free': {
      const predicate = claim.predicate;
      if (!known) return result(`${predicate}/nothing-documented`, claim.polarity, [], (v) => explainUnknown(v, s));
      const harms = documentedHarms(ix, claim.subject);
      const flagged = harms.length > 0 || (predicate === 'safe' && SAFETY_UNPROVEN.has(claim.subject));
      const rule: VerdictRuleId = flagged ? `${predicate}/harms-documented` : `${predicate}/nothing-documented`;
      const profile = ix.adverseEventsByIntervention.get(claim.subject);
      const serious = (profile?.events ?? []).filter((e) => SERIOUS.has(e.seriousness));
      // Cite the profile and what its serious events rest on first, then every other record of harm.
      const cites = profile
        ? [profile.id, ...serious.flatMap((e) => [...(e.studies ?? []), ...(e.sources ?? []), ...(e.statements ?? [])])]
        : [];
      return result(rule, claim.polarity, [...cites, ...harms], (v) =>
        explainSafety(
          v,
          s,
          harms.length > 0,
          predicate,
          serious.map((e) => ({ en: e.name.en, nb: e.name.nb ?? e.name.en })),
        ),
      );
    }
    case 'no-downtime':
      if (!known) return result('no-downtime/nothing-documented', claim.polarity, [], (v) => explainUnknown(v, s));
      return judgeDowntime(ix, claim, s);
  }
}

function judgeEffectiveFor(ix: Indexes, claim: Claim, s: Labels, labels: (id: string) => Labels): Judgement {
  // "works for hair loss in women": judged on the indication defined for women (female pattern hair loss).
  const object = claim.object === undefined ? undefined : indicationFor(ix, claim.object, claim.population?.sex);
  if (object === undefined) {
    return result('effective-for/no-assessment', claim.polarity, [], (v) =>
      explainUnknown(v, { en: `what ${s.en} is claimed to treat`, nb: `hva ${s.nb} skal behandle` }),
    );
  }
  const o = labels(object);
  const match = findAssessment(ix, claim.subject, object);
  if (!match) {
    // No silent fallback from a formulation or route to the general drug or procedure:
    // the message says that the general one's assessment exists but is not applied.
    const intervention = ix.byKind.interventions.get(claim.subject);
    const general = [intervention?.formulationOf, intervention?.parent].find(
      (id): id is string => id !== undefined && findAssessment(ix, id, object) !== undefined,
    );
    return result('effective-for/no-assessment', claim.polarity, [], (v) =>
      explainEffectiveFor(v, s, o, undefined, general === undefined ? undefined : labels(general)),
    );
  }
  const { assessment, chain } = match;
  const used: JudgedAssessment = Object.freeze({
    id: assessment.id,
    direction: assessment.direction,
    certainty: assessment.certainty,
    chain,
  });
  const via = assessment.indication === object ? undefined : labels(assessment.indication);
  return result(
    effectiveForRule(assessment.direction, assessment.certainty),
    claim.polarity,
    [...assessment.studies, ...assessment.statements, ...(assessment.sources ?? [])],
    (v) =>
      explainEffectiveFor(v, s, o, {
        direction: assessment.direction,
        certainty: assessment.certainty,
        ...(via ? { via } : {}),
        ...(assessment.formulations && assessment.formulations.length > 0
          ? { formulations: assessment.formulations.map(labels) }
          : {}),
      }),
    used,
  );
}

function fdaRecords(ix: Indexes, subject: string): readonly Regulatory[] {
  return (ix.regulatoryBySubject.get(subject) ?? []).filter((r) => r.authority === 'FDA');
}

function judgeFda(ix: Indexes, claim: Claim, s: Labels, labels: (id: string) => Labels): Judgement {
  const object = claim.object;
  if (object !== undefined && !ix.byKind.indications.has(object)) {
    return result('fda-approved/unknown', claim.polarity, [], (v) => explainUnknown(v, labels(object)));
  }
  const records = fdaRecords(ix, claim.subject);
  const approvals = records.filter((r) => r.status === 'approved');
  const sex = claim.population?.sex;
  const o = claimedUse(ix, object, sex, labels);
  const scope = approvalScope(ix, object, sex);
  const covering = approvals.filter((r) => scope.covers(r));
  if (covering.length > 0) {
    return result(
      'fda-approved/approved',
      claim.polarity,
      covering.map((r) => r.id),
      (v) => explainFda(v, s, o, true, []),
    );
  }
  const approvedFor = approvedForLabels(ix, approvals, labels);
  // Approved for a kind of the claimed use only (pattern hair loss, not hair loss in general):
  // the claim says more than the approval, which is not the same as saying something false.
  const narrower = approvals.filter((r) => scope.narrower(r));
  if (narrower.length > 0) {
    return result(
      'fda-approved/narrower',
      claim.polarity,
      narrower.map((r) => r.id),
      (v) => explainFda(v, s, o, false, approvedForLabels(ix, narrower, labels), true),
    );
  }
  return result(
    'fda-approved/not-approved',
    claim.polarity,
    records.map((r) => r.id),
    (v) => explainFda(v, s, o, false, approvedFor),
  );
}

const POPULATION_WORDS: Readonly<Record<string, Labels>> = {
  female: { en: 'in women', nb: 'hos kvinner' },
  male: { en: 'in men', nb: 'hos menn' },
};

/**
 * What the approvals are for, each indication with the population it is limited to (unless the
 * indication is defined for it already: "female pattern hair loss", not "… in women"), once.
 */
function approvedForLabels(
  ix: Indexes,
  approvals: readonly Regulatory[],
  labels: (id: string) => Labels,
): readonly Labels[] {
  const seen = new Map<string, Labels>();
  for (const r of approvals) {
    for (const i of r.indications) {
      const sex = r.population?.sex;
      const who =
        sex === undefined || populationOf(ix, indicationChain(ix, i)) === sex ? undefined : POPULATION_WORDS[sex];
      const l = labels(i);
      const label = who === undefined ? l : { en: `${l.en} ${who.en}`, nb: `${l.nb} ${who.nb}` };
      seen.set(label.en, label);
    }
  }
  return [...seen.values()];
}

/** How approvals stand to the indication a claim names. */
interface ApprovalScope {
  /**
   * The approval covers the indication: it names it or an ancestor (or any use), for its
   * population. An approval for a narrower indication (a child) does not cover the broader one.
   */
  readonly covers: (approval: Regulatory) => boolean;
  /**
   * The approval is for the claim's population and for a narrower indication only: a
   * descendant of the one claimed (androgenetic alopecia under hair loss).
   */
  readonly narrower: (approval: Regulatory) => boolean;
}

/**
 * The population an indication is defined for: its own, or the nearest ancestor's
 * (female pattern hair loss: women). Undefined when none names one.
 */
function populationOf(ix: Indexes, chain: readonly string[]): string | undefined {
  for (const id of chain) {
    const sex = ix.byKind.indications.get(id)?.population?.sex;
    if (sex !== undefined) return sex;
  }
  return undefined;
}

/**
 * How approvals stand to a claim's use: its indication (if it names one) and its population —
 * the one the claim names ("for women"), else the one its indication is defined for.
 */
function approvalScope(ix: Indexes, object: string | undefined, claimed: PopulationSex | undefined): ApprovalScope {
  const chain = object === undefined ? undefined : indicationChain(ix, object);
  const sex = claimed ?? (chain === undefined ? undefined : populationOf(ix, chain));
  // An approval limited to one population does not reach a claim or an indication for another
  // (Propecia, for men, says nothing about women or female pattern hair loss).
  const forPopulation = (r: Regulatory): boolean =>
    r.population === undefined || sex === undefined || r.population.sex === sex;
  return {
    covers: (r) =>
      forPopulation(r) &&
      (chain === undefined || r.indications.length === 0 || r.indications.some((i) => chain.includes(i))),
    narrower: (r) =>
      forPopulation(r) &&
      object !== undefined &&
      r.indications.some((i) => i !== object && indicationChain(ix, i).includes(object)),
  };
}

/** The sexes a population names. */
type PopulationSex = Population['sex'];

/**
 * The use an approval claim names, for its message: the indication, with the population the claim
 * limits it to unless the indication is defined for it ("hair loss in women", "use in women").
 */
function claimedUse(
  ix: Indexes,
  object: string | undefined,
  sex: PopulationSex | undefined,
  labels: (id: string) => Labels,
): Labels | undefined {
  const who = sex === undefined ? undefined : POPULATION_WORDS[sex];
  if (object === undefined) return who === undefined ? undefined : { en: `use ${who.en}`, nb: `bruk ${who.nb}` };
  const l = labels(object);
  if (who === undefined || populationOf(ix, indicationChain(ix, object)) === sex) return l;
  return { en: `${l.en} ${who.en}`, nb: `${l.nb} ${who.nb}` };
}

/**
 * The indication an effect claim for a population is judged on: the claim's own when it (or an
 * ancestor) is defined for a population, or the claim names none; else the nearest descendant
 * defined for the claim's population ("hair loss" in women: female pattern hair loss), if any.
 */
function indicationFor(ix: Indexes, object: string, sex: PopulationSex | undefined): string {
  if (sex === undefined || populationOf(ix, indicationChain(ix, object)) !== undefined) return object;
  // Breadth first, children in id order, so the nearest descendant wins and the choice is stable.
  const seen = new Set<string>([object]);
  let level: readonly string[] = [object];
  while (level.length > 0) {
    const next: string[] = [];
    for (const id of level) {
      const children = [...(ix.indicationChildren.get(id) ?? [])].sort((a, b) => a.id.localeCompare(b.id));
      for (const child of children) {
        if (seen.has(child.id)) continue;
        if (child.population?.sex === sex) return child.id;
        seen.add(child.id);
        // Below an indication defined for another population, none is for this one.
        if (child.population !== undefined) continue;
        next.push(child.id);
      }
    }
    level = next;
  }
  return object;
}

/**
 * Ids of the records that document harm from a subject: its adverse-event profile
 * and what each event rests on, regulators' warnings and bans, professional warnings, harm assessments.
 *
 * @internal
 */
export function documentedHarms(ix: Indexes, subject: string): readonly string[] {
  const ids: string[] = [];
  const profile = ix.adverseEventsByIntervention.get(subject);
  if (profile) ids.push(profile.id);
  for (const event of profile?.events ?? [])
    ids.push(...(event.studies ?? []), ...(event.sources ?? []), ...(event.statements ?? []));
  for (const r of ix.regulatoryBySubject.get(subject) ?? []) if (HARM_STATUSES.has(r.status)) ids.push(r.id);
  for (const p of ix.positionsByIntervention.get(subject) ?? []) if (p.stance === 'warns-against') ids.push(p.id);
  for (const a of ix.assessmentsBySubject.get(subject) ?? []) if (a.direction === 'harm') ids.push(a.id);
  return [...new Set(ids)];
}

function judgeDowntime(ix: Indexes, claim: Claim, s: Labels): Judgement {
  const range = ix.byKind.interventions.get(claim.subject)?.procedure?.downtimeDays;
  const cites = range?.sources ?? [];
  if (range?.min === 0) {
    return result(range.max === 0 ? 'no-downtime/none' : 'no-downtime/usually-none', claim.polarity, cites, (v) =>
      explainDowntime(v, s, range),
    );
  }
  if (USUALLY_NO_DOWNTIME.has(claim.subject)) {
    return result('no-downtime/usually-none', claim.polarity, [], (v) => explainDowntime(v, s, undefined));
  }
  if (range) return result('no-downtime/some', claim.polarity, cites, (v) => explainDowntime(v, s, range));
  return result('no-downtime/nothing-documented', claim.polarity, [], (v) => explainDowntime(v, s, undefined));
}
