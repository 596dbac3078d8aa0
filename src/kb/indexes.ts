/**
 * The indexes a knowledge base answers queries from, built once from a dataset.
 *
 * @module
 * @internal
 */
import type { AssessmentMatch } from '../evidence/assessment.js';
import type { AdverseEventProfile } from '../schema/adverse-events.js';
import type { Assessment } from '../schema/assessment.js';
import type { Indication } from '../schema/indication.js';
import type { Ingredient } from '../schema/ingredient.js';
import type { Intervention } from '../schema/intervention.js';
import type { Dataset, RecordKind, RecordTypes } from '../schema/kinds.js';
import type { Position } from '../schema/position.js';
import type { Regulatory } from '../schema/regulatory.js';
import type { Description, Study } from '../schema/study.js';
import { byId, groupBy, type MultiMap } from './multimap.js';

/**
 * A source's description of a study, with the source id it came from.
 *
 * @example
 * ```ts
 * import type { StudyDescription } from 'meso-evidence';
 * let value: StudyDescription | undefined;
 * ```
 */
export interface StudyDescription {
  /** The study described. */
  readonly study: string;
  /** The description, as recorded on the study. */
  readonly description: Description;
}

/**
 * Every index a knowledge base uses.
 *
 * @internal
 */
export interface Indexes {
  readonly byKind: { readonly [K in RecordKind]: ReadonlyMap<string, RecordTypes[K]> };
  readonly studiesByIntervention: MultiMap<string, Study>;
  readonly studiesByIndication: MultiMap<string, Study>;
  readonly studiesByDesign: MultiMap<string, Study>;
  readonly studiesByResult: MultiMap<string, Study>;
  /** Studies sorted by year, then id, for range queries. */
  readonly studiesByYear: readonly Study[];
  readonly assessmentByPair: ReadonlyMap<string, Assessment>;
  readonly assessmentsBySubject: MultiMap<string, Assessment>;
  readonly assessmentsByIndication: MultiMap<string, Assessment>;
  readonly assessmentsByCitation: MultiMap<string, Assessment>;
  readonly descriptionsByStudy: MultiMap<string, StudyDescription>;
  readonly interventionsByIndication: MultiMap<string, Intervention>;
  readonly indicationChildren: MultiMap<string, Indication>;
  readonly ingredientsByClass: MultiMap<string, Ingredient>;
  readonly ingredientsByStatus: MultiMap<string, Ingredient>;
  readonly regulatoryBySubject: MultiMap<string, Regulatory>;
  readonly regulatoryByAuthority: MultiMap<string, Regulatory>;
  readonly regulatoryByJurisdiction: MultiMap<string, Regulatory>;
  readonly regulatoryByIndication: MultiMap<string, Regulatory>;
  readonly regulatoryByStatus: MultiMap<string, Regulatory>;
  readonly positionsByIntervention: MultiMap<string, Position>;
  /** The adverse-event profile of each intervention. */
  readonly adverseEventsByIntervention: ReadonlyMap<string, AdverseEventProfile>;
  /** Assessment matches found so far, by subject then indication (a memo, filled on use). */
  readonly assessmentMatches: Map<string, Map<string, AssessmentMatch>>;
}

/**
 * The key of an assessment in `assessmentByPair`.
 *
 * @internal
 */
export function pairKey(subject: string, indication: string): string {
  return `${subject}\u0000${indication}`;
}

/**
 * Defines on `target` one enumerable getter per builder: each calls its builder on the
 * first read and returns that value after.
 */
function defineLazily<T extends object, B extends Record<string, () => unknown>>(
  target: T,
  builders: B,
): T & { readonly [K in keyof B]: ReturnType<B[K]> } {
  for (const [key, build] of Object.entries(builders)) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get() {
        // Built once, then the getter gives way to a plain read-only value: a lookup
        // after the first is a property load, not a call (figure 3a: study(id) ÷ Map.get).
        const value = build();
        Object.defineProperty(target, key, { value, enumerable: true, configurable: false, writable: false });
        return value;
      },
    });
  }
  return target as T & { readonly [K in keyof B]: ReturnType<B[K]> };
}

/**
 * The indexes of a dataset, each built on its first use (issue 17): a cold process's first
 * fact-check reads a handful of the two dozen, and building them all was the largest part of
 * its first verdict. Each is built once and the same object is returned after.
 *
 * @internal
 */
export function buildIndexes(dataset: Dataset): Indexes {
  const byKind: Indexes['byKind'] = defineLazily(
    {},
    {
      sources: () => byId(dataset.sources),
      studies: () => byId(dataset.studies),
      interventions: () => byId(dataset.interventions),
      indications: () => byId(dataset.indications),
      ingredients: () => byId(dataset.ingredients),
      assessments: () => byId(dataset.assessments),
      regulatory: () => byId(dataset.regulatory),
      positions: () => byId(dataset.positions),
      'adverse-events': () => byId(dataset['adverse-events']),
      cues: () => byId(dataset.cues),
      languages: () => byId(dataset.languages),
      messages: () => byId(dataset.messages),
    },
  );
  const indexes = defineLazily(
    { byKind },
    {
      studiesByIntervention: () => groupBy(dataset.studies, (s) => s.interventions),
      studiesByIndication: () => groupBy(dataset.studies, (s) => s.indications),
      studiesByDesign: () => groupBy(dataset.studies, (s) => s.design),
      studiesByResult: () => groupBy(dataset.studies, (s) => s.result),
      studiesByYear: () =>
        Object.freeze(
          [...dataset.studies].sort(
            (a, b) => a.citation.year - b.citation.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
          ),
        ),
      assessmentByPair: () => new Map(dataset.assessments.map((a) => [pairKey(a.subject, a.indication), a])),
      assessmentsBySubject: () => groupBy(dataset.assessments, (a) => a.subject),
      assessmentsByIndication: () => groupBy(dataset.assessments, (a) => a.indication),
      assessmentsByCitation: () => groupBy(dataset.assessments, (a) => [...a.studies, ...a.statements]),
      descriptionsByStudy: () =>
        groupBy(
          dataset.studies.flatMap((s) =>
            (s.describedAs ?? []).map((description) => Object.freeze({ study: s.id, description })),
          ),
          (d) => d.study,
        ),
      interventionsByIndication: () => interventionsByIndication(dataset),
      indicationChildren: () => groupBy(dataset.indications, (i) => i.parent),
      ingredientsByClass: () => groupBy(dataset.ingredients, (i) => i.class),
      ingredientsByStatus: () => groupBy(dataset.ingredients, (i) => i.regulatoryStatus),
      regulatoryBySubject: () => groupBy(dataset.regulatory, (r) => [...r.interventions, ...(r.ingredients ?? [])]),
      regulatoryByAuthority: () => groupBy(dataset.regulatory, (r) => r.authority),
      regulatoryByJurisdiction: () => groupBy(dataset.regulatory, (r) => r.jurisdiction),
      regulatoryByIndication: () => groupBy(dataset.regulatory, (r) => r.indications),
      regulatoryByStatus: () => groupBy(dataset.regulatory, (r) => r.status),
      positionsByIntervention: () => groupBy(dataset.positions, (p) => p.interventions),
      adverseEventsByIntervention: () => new Map(dataset['adverse-events'].map((p) => [p.intervention, p])),
    },
  );
  const assessmentMatches = new Map<string, Map<string, AssessmentMatch>>();
  return Object.assign(indexes, { assessmentMatches });
}

/** The interventions with an assessment or a study for each indication, in dataset order. */
function interventionsByIndication(dataset: Dataset): MultiMap<string, Intervention> {
  const idsByIndication = new Map<string, Set<string>>();
  const note = (indication: string, intervention: string): void => {
    const set = idsByIndication.get(indication) ?? new Set<string>();
    set.add(intervention);
    idsByIndication.set(indication, set);
  };
  for (const a of dataset.assessments) note(a.indication, a.subject);
  for (const s of dataset.studies)
    for (const indication of s.indications) for (const i of s.interventions) note(indication, i);
  const byIndication = new Map<string, readonly Intervention[]>();
  for (const [indication, ids] of idsByIndication) {
    const list = dataset.interventions.filter((i) => ids.has(i.id));
    if (list.length > 0) byIndication.set(indication, Object.freeze(list));
  }
  return byIndication;
}
