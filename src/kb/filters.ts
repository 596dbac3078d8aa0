/**
 * Filtered listings: each picks the narrowest index that can answer, then checks
 * the remaining conditions on that short list.
 *
 * @module
 */
import type { StudyDesign, StudyResult } from '../schema/evidence.js';
import type { Ingredient, IngredientClass, RegulatoryStanding } from '../schema/ingredient.js';
import type { Intervention } from '../schema/intervention.js';
import type { Regulatory, RegulatoryStatus } from '../schema/regulatory.js';
import type { Study } from '../schema/study.js';
import type { Indexes } from './indexes.js';
import { NONE } from './multimap.js';

/**
 * Conditions for {@link KnowledgeBase.findStudies}. Every condition given must hold;
 * a list means "any of these".
 *
 * @example
 * ```ts
 * import { knowledgeBase, type StudyFilter } from 'meso-evidence';
 * const filter: StudyFilter = { intervention: 'mesotherapy', design: ['randomized-controlled-trial', 'meta-analysis'], yearFrom: 2010 };
 * knowledgeBase.findStudies(filter);
 * ```
 */
export interface StudyFilter {
  /** An intervention id the study is about. */
  readonly intervention?: string;
  /** An indication id the study is about. */
  readonly indication?: string;
  /** The study's design, or any of several. */
  readonly design?: StudyDesign | readonly StudyDesign[];
  /** Published in this year or later. */
  readonly yearFrom?: number;
  /** Published in this year or earlier. */
  readonly yearTo?: number;
  /** At least this many participants (studies that do not report a number are left out). */
  readonly minParticipants?: number;
  /** The study's overall result (its direction), or any of several. */
  readonly result?: StudyResult | readonly StudyResult[];
}

/**
 * Conditions for {@link KnowledgeBase.findInterventions}.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * knowledgeBase.findInterventions({ indication: 'alopecia' }).map((i) => i.id);
 * ```
 */
export interface InterventionFilter {
  /** An indication id the intervention has an assessment or a study for. */
  readonly indication?: string;
}

/**
 * Conditions for {@link KnowledgeBase.findIngredients}.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * knowledgeBase.findIngredients({ class: 'vitamin' });
 * ```
 */
export interface IngredientFilter {
  /** The ingredient's class. */
  readonly class?: IngredientClass;
  /** Its regulatory standing. */
  readonly regulatoryStatus?: RegulatoryStanding;
}

/**
 * Conditions for {@link KnowledgeBase.findRegulatory}.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * knowledgeBase.findRegulatory({ subject: 'deoxycholic-acid', authority: 'FDA' });
 * ```
 */
export interface RegulatoryFilter {
  /** An intervention or ingredient id the record concerns. */
  readonly subject?: string;
  /** The authority's short name, such as `FDA` (exact match). */
  readonly authority?: string;
  /** The jurisdiction code, such as `US` or `NO`. */
  readonly jurisdiction?: string;
  /** An indication id the record names. Records for any use (no indications) are not included. */
  readonly indication?: string;
  /** The standing the record gives its subjects. */
  readonly status?: RegulatoryStatus;
}

type Candidates<T> = readonly T[] | undefined;

/** The shortest of the candidate lists given, or `all` when none is given. */
function narrowest<T>(all: readonly T[], lists: readonly Candidates<T>[]): readonly T[] {
  let best: readonly T[] | undefined;
  for (const list of lists) if (list !== undefined && (best === undefined || list.length < best.length)) best = list;
  return best ?? all;
}

function asList<T>(value: T | readonly T[] | undefined): readonly T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function isObject<T extends object>(value: T | null | undefined): value is T {
  return value !== null && typeof value === 'object';
}

function lookup<T>(index: ReadonlyMap<string, readonly T[]>, key: unknown): readonly T[] {
  // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- a key that is not a string and a key with no entries both give NONE
  return (typeof key === 'string' && index.get(key)) || NONE;
}

function yearSlice(
  sorted: readonly Study[],
  from: number | undefined,
  to: number | undefined,
): readonly Study[] | undefined {
  if (from === undefined && to === undefined) return undefined;
  const lo = from === undefined ? 0 : lowerBound(sorted, from);
  const hi = to === undefined ? sorted.length : lowerBound(sorted, to + 1);
  return sorted.slice(lo, Math.max(lo, hi));
}

function lowerBound(sorted: readonly Study[], year: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as Study).citation.year < year) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && !Number.isNaN(value) ? value : undefined;
}

/** @internal */
export function filterStudies(ix: Indexes, all: readonly Study[], filter: StudyFilter | undefined): readonly Study[] {
  if (!isObject(filter)) return all;
  const designs = asList(filter.design);
  const results = asList(filter.result);
  const yearFrom = num(filter.yearFrom);
  const yearTo = num(filter.yearTo);
  const minParticipants = num(filter.minParticipants);
  const candidates = narrowest(all, [
    filter.intervention === undefined ? undefined : lookup(ix.studiesByIntervention, filter.intervention),
    filter.indication === undefined ? undefined : lookup(ix.studiesByIndication, filter.indication),
    designs?.length === 1 ? lookup(ix.studiesByDesign, designs[0]) : undefined,
    results?.length === 1 ? lookup(ix.studiesByResult, results[0]) : undefined,
    yearSlice(ix.studiesByYear, yearFrom, yearTo),
  ]);
  const matches = candidates.filter(
    (s) =>
      (filter.intervention === undefined || s.interventions.includes(filter.intervention)) &&
      (filter.indication === undefined || s.indications.includes(filter.indication)) &&
      (designs === undefined || designs.includes(s.design)) &&
      (results === undefined || results.includes(s.result)) &&
      (yearFrom === undefined || s.citation.year >= yearFrom) &&
      (yearTo === undefined || s.citation.year <= yearTo) &&
      (minParticipants === undefined || (s.sampleSize?.participants ?? -1) >= minParticipants),
  );
  return Object.freeze(matches.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/** @internal */
export function filterInterventions(
  ix: Indexes,
  all: readonly Intervention[],
  filter: InterventionFilter | undefined,
): readonly Intervention[] {
  if (!isObject(filter) || filter.indication === undefined) return all;
  return lookup(ix.interventionsByIndication, filter.indication);
}

/** @internal */
export function filterIngredients(
  ix: Indexes,
  all: readonly Ingredient[],
  filter: IngredientFilter | undefined,
): readonly Ingredient[] {
  if (!isObject(filter)) return all;
  if (filter.class === undefined && filter.regulatoryStatus === undefined) return all;
  const candidates = narrowest(all, [
    filter.class === undefined ? undefined : lookup(ix.ingredientsByClass, filter.class),
    filter.regulatoryStatus === undefined ? undefined : lookup(ix.ingredientsByStatus, filter.regulatoryStatus),
  ]);
  return Object.freeze(
    candidates.filter(
      (i) =>
        (filter.class === undefined || i.class === filter.class) &&
        (filter.regulatoryStatus === undefined || i.regulatoryStatus === filter.regulatoryStatus),
    ),
  );
}

/** @internal */
export function filterRegulatory(
  ix: Indexes,
  all: readonly Regulatory[],
  filter: RegulatoryFilter | undefined,
): readonly Regulatory[] {
  if (!isObject(filter)) return all;
  const { subject, authority, jurisdiction, indication, status } = filter;
  if ([subject, authority, jurisdiction, indication, status].every((v) => v === undefined)) return all;
  const candidates = narrowest(all, [
    subject === undefined ? undefined : lookup(ix.regulatoryBySubject, subject),
    authority === undefined ? undefined : lookup(ix.regulatoryByAuthority, authority),
    jurisdiction === undefined ? undefined : lookup(ix.regulatoryByJurisdiction, jurisdiction),
    indication === undefined ? undefined : lookup(ix.regulatoryByIndication, indication),
    status === undefined ? undefined : lookup(ix.regulatoryByStatus, status),
  ]);
  return Object.freeze(
    candidates.filter(
      (r) =>
        (subject === undefined || r.interventions.includes(subject) || (r.ingredients ?? []).includes(subject)) &&
        (authority === undefined || r.authority === authority) &&
        (jurisdiction === undefined || r.jurisdiction === jurisdiction) &&
        (indication === undefined || r.indications.includes(indication)) &&
        (status === undefined || r.status === status),
    ),
  );
}
