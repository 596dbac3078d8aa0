/**
 * The knowledge base: a dataset and the indexes that answer queries on it.
 *
 * @module
 */
import type { AdverseEventProfile } from '../schema/adverse-events.js';
import type { Assessment } from '../schema/assessment.js';
import type { Language } from '../schema/common.js';
import type { Cue } from '../schema/cue.js';
import type { Indication } from '../schema/indication.js';
import type { Ingredient } from '../schema/ingredient.js';
import type { Intervention } from '../schema/intervention.js';
import { RECORD_KINDS } from '../schema/kind-list.js';
import type { Dataset, RecordKind, RecordTypes } from '../schema/kinds.js';
import type { Position } from '../schema/position.js';
import type { Regulatory } from '../schema/regulatory.js';
import type { Source } from '../schema/source.js';
import type { Study } from '../schema/study.js';
import { compareInterventions, type Comparison } from '../compare/compare.js';
import { findAssessment, indicationChain, type AssessmentMatch } from '../evidence/assessment.js';
import type { Claim } from '../evidence/claim.js';
import { judge, type Judgement } from '../evidence/judge.js';
import { SearchIndex, type SearchOptions, type SearchResult } from '../search/search.js';
import {
  filterIngredients,
  filterInterventions,
  filterRegulatory,
  filterStudies,
  type IngredientFilter,
  type InterventionFilter,
  type RegulatoryFilter,
  type StudyFilter,
} from './filters.js';
import { buildIndexes, type Indexes, type StudyDescription } from './indexes.js';
import { labelOf } from './labels.js';
import { deepFreeze } from '../load/freeze.js';
import { NONE } from './multimap.js';

/** How {@link engineRecords} reads a knowledge base's records (set in the class, which alone can). */
let recordsOf: (kb: unknown) => Dataset | undefined;

/**
 * A knowledge base: the records of a dataset, looked up by id in constant time,
 * listed through indexes, searched by name, and used to judge claims.
 *
 * Build one with {@link "meso-evidence/schema"!createKnowledgeBase | createKnowledgeBase} (validates records, any runtime) or
 * `loadKnowledgeBase(dir)` from `meso-evidence/node`; or use the bundled
 * {@link knowledgeBase}. The constructor trusts its dataset: pass only a dataset
 * that validation produced. Indexes are built once, on first use.
 *
 * Lookups return `undefined` for an unknown id or an argument of the wrong type;
 * listings return an empty list. Only {@link KnowledgeBase.judge} throws, and only
 * {@link InvalidClaimError} for a value that is not a claim.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * knowledgeBase.intervention('mesotherapy')?.invasiveness; // 'minimally-invasive'
 * knowledgeBase.judge({ subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm' }).verdict; // 'overstated'
 * ```
 */
export class KnowledgeBase {
  #data: Dataset | undefined;
  #load: (() => Dataset) | undefined;
  /** Whether every record is frozen: a lazily loaded dataset is frozen before a record leaves. */
  #frozen = true;
  #indexes: Indexes | undefined;
  #search: SearchIndex | undefined;

  /**
   * @param dataset - A validated dataset (kinds left out are taken as empty).
   */
  constructor(dataset: Dataset) {
    if (typeof dataset === 'function' && loaders.has(dataset)) {
      this.#load = dataset;
      this.#frozen = false;
    } else this.#data = normalized(dataset);
    Object.freeze(this);
  }

  /**
   * The records, as loaded: a lazily loaded dataset (the bundled) is read on first use, and
   * may not be frozen yet. Only what hands no record out (`judge`, the fact-check engine) reads
   * them this way; everything else goes through {@link KnowledgeBase.#dataset}.
   */
  get #records(): Dataset {
    if (this.#data === undefined) {
      this.#data = normalizedLazily((this.#load as () => Dataset)());
      this.#load = undefined;
    }
    return this.#data;
  }

  /**
   * The records, frozen all the way down. A lazily loaded dataset is frozen here, once, on the
   * first query that can hand a record out, not when it is loaded: a cold process's first
   * fact-check reads the records but returns none of them, and freezing them all (some 3,000
   * objects, and V8 optimising the walk) was about 3 % of it (issue 17).
   */
  get #dataset(): Dataset {
    return this.#freeze();
  }

  /** Freezes the records, once; returns them. */
  #freeze(): Dataset {
    const data = this.#records;
    if (!this.#frozen) {
      // Reading each kind makes it a plain property (see `normalizedLazily`); then the container is frozen too.
      for (const kind of RECORD_KINDS) deepFreeze(data[kind]);
      Object.freeze(data);
      this.#frozen = true;
    }
    return data;
  }

  /** The indexes, for a query that may hand records out: the records are frozen first. */
  get #ix(): Indexes {
    this.#freeze();
    return this.#unfrozenIx;
  }

  /** The indexes, for what hands no record out (see {@link KnowledgeBase.#records}). */
  get #unfrozenIx(): Indexes {
    return (this.#indexes ??= buildIndexes(this.#records));
  }

  static {
    recordsOf = (kb) => (typeof kb === 'object' && kb !== null && #records in kb ? kb.#records : undefined);
  }

  /**
   * The dataset, one frozen array per kind, sorted by id.
   *
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.dataset.studies.length;
   * ```
   */
  get dataset(): Dataset {
    return this.#dataset;
  }

  /**
   * A record of any kind by id.
   *
   * @param kind - The record kind.
   * @param id - The record's id.
   * @returns The record, or `undefined`.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.get('studies', 'park-2008')?.citation.year; // 2008
   * ```
   */
  get<K extends RecordKind>(kind: K, id: string): RecordTypes[K] | undefined {
    // A kind that is not a string (an object without a prototype cannot even become a key) or not an own kind: no record.
    if (typeof kind !== 'string' || !Object.hasOwn(this.#ix.byKind, kind)) return undefined;
    const map = (this.#ix.byKind as Record<string, ReadonlyMap<unknown, unknown>>)[kind];
    return map instanceof Map ? (map.get(id) as RecordTypes[K] | undefined) : undefined;
  }

  /**
   * An intervention by id.
   *
   * @param id - The id, such as `mesotherapy`.
   * @returns The intervention, or `undefined`.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.intervention('liposuction')?.type; // 'surgery'
   * ```
   */
  intervention(id: string): Intervention | undefined {
    return this.#ix.byKind.interventions.get(id);
  }

  /**
   * An indication by id.
   *
   * @param id - The id, such as `cellulite`.
   * @returns The indication, or `undefined`.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.indication('submental-fat')?.parent; // 'localized-fat'
   * ```
   */
  indication(id: string): Indication | undefined {
    return this.#ix.byKind.indications.get(id);
  }

  /**
   * An ingredient by id.
   *
   * @param id - The id, such as `hyaluronic-acid`.
   * @returns The ingredient, or `undefined`.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.ingredient('deoxycholic-acid')?.class; // 'bile-acid'
   * ```
   */
  ingredient(id: string): Ingredient | undefined {
    return this.#ix.byKind.ingredients.get(id);
  }

  /**
   * A study by id.
   *
   * @param id - The id, first author and year: `park-2008`.
   * @returns The study, or `undefined`.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.study('park-2008')?.sampleSize?.participants; // 20
   * ```
   */
  study(id: string): Study | undefined {
    return this.#ix.byKind.studies.get(id);
  }

  /**
   * A source by id.
   *
   * @param id - The id, such as `healthline-mesotherapy`.
   * @returns The source, or `undefined`.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.source('healthline-mesotherapy')?.publisher; // 'Healthline'
   * ```
   */
  source(id: string): Source | undefined {
    return this.#ix.byKind.sources.get(id);
  }

  /**
   * An assessment by its id, `<subject>--<indication>`. For the assessment that
   * applies to a subject and an indication (with the parent fallback), use
   * {@link KnowledgeBase.assessment}.
   *
   * @param id - The id, such as `mesotherapy--cellulite`.
   * @returns The assessment, or `undefined`.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.assessmentById('mesotherapy--cellulite')?.certainty; // 'very-low'
   * ```
   */
  assessmentById(id: string): Assessment | undefined {
    return this.#ix.byKind.assessments.get(id);
  }

  /**
   * A regulatory record by id.
   *
   * @param id - The id, such as `fda-kybella-2015`.
   * @returns The record, or `undefined`.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.regulatory('fda-kybella-2015')?.status; // 'approved'
   * ```
   */
  regulatory(id: string): Regulatory | undefined {
    return this.#ix.byKind.regulatory.get(id);
  }

  /**
   * A professional position by id.
   *
   * @param id - The id.
   * @returns The position, or `undefined`.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.position('no-such-position'); // undefined
   * ```
   */
  position(id: string): Position | undefined {
    return this.#ix.byKind.positions.get(id);
  }

  /**
   * The adverse-event profile of an intervention: the harms reported, how often, how
   * serious, and what each rests on.
   *
   * @param intervention - The intervention's id.
   * @returns The profile, or `undefined` when none is recorded.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.adverseEvents('mesotherapy')?.events.some((e) => e.seriousness === 'serious'); // true
   * ```
   */
  adverseEvents(intervention: string): AdverseEventProfile | undefined {
    return this.#ix.adverseEventsByIntervention.get(intervention);
  }

  /**
   * A cue record (fact-check vocabulary) by id, in knowledge bases built from records
   * that include cues. The bundled knowledge base keeps its vocabulary out of the main
   * entry point (it ships with `meso-evidence/factcheck`), so there this returns `undefined`.
   *
   * @param id - The id.
   * @returns The cue, or `undefined`.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.cue('negation'); // undefined: the bundled cues ship with meso-evidence/factcheck
   * ```
   */
  cue(id: string): Cue | undefined {
    return this.#ix.byKind.cues.get(id);
  }

  /**
   * The label of an intervention, indication or ingredient: its first name in the
   * language, without compound marks. The id itself when no such record exists.
   *
   * @param id - The record's id.
   * @param lang - The language (default `en`).
   * @returns The label.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.label('alopecia', 'nb'); // 'hårtap'
   * ```
   */
  label(id: string, lang: Language = 'en'): string {
    if (typeof id !== 'string') return '';
    return labelOf(this.#ix, id, lang === 'nb' ? 'nb' : 'en');
  }

  /**
   * Studies that meet every condition given, sorted by id.
   *
   * @param filter - The conditions; none lists every study.
   * @returns The studies.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.findStudies({ intervention: 'mesotherapy', result: 'null', minParticipants: 10 }).map((s) => s.id);
   * ```
   */
  findStudies(filter?: StudyFilter): readonly Study[] {
    return filterStudies(this.#ix, this.#dataset.studies, filter);
  }

  /**
   * Interventions, optionally those with an assessment or a study for an indication.
   *
   * @param filter - The conditions; none lists every intervention.
   * @returns The interventions, sorted by id.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.findInterventions({ indication: 'submental-fat' }).map((i) => i.id); // includes 'deoxycholic-acid'
   * ```
   */
  findInterventions(filter?: InterventionFilter): readonly Intervention[] {
    return filterInterventions(this.#ix, this.#dataset.interventions, filter);
  }

  /**
   * Ingredients by class and regulatory standing.
   *
   * @param filter - The conditions; none lists every ingredient.
   * @returns The ingredients, sorted by id.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.findIngredients({ regulatoryStatus: 'approved-other-uses' });
   * ```
   */
  findIngredients(filter?: IngredientFilter): readonly Ingredient[] {
    return filterIngredients(this.#ix, this.#dataset.ingredients, filter);
  }

  /**
   * Regulatory records by subject, authority, jurisdiction, indication and status.
   *
   * @param filter - The conditions; none lists every record.
   * @returns The records, sorted by id.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.findRegulatory({ jurisdiction: 'NO' }).map((r) => r.id);
   * ```
   */
  findRegulatory(filter?: RegulatoryFilter): readonly Regulatory[] {
    return filterRegulatory(this.#ix, this.#dataset.regulatory, filter);
  }

  /**
   * Assessments that cite a record (a study, or a regulatory or position statement).
   *
   * @param id - The cited record's id.
   * @returns The assessments, sorted by id.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.assessmentsCiting('park-2008').map((a) => a.id); // ['mesotherapy--localized-fat']
   * ```
   */
  assessmentsCiting(id: string): readonly Assessment[] {
    // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- a non-string id (from JavaScript) and an unknown id both give NONE
    return (typeof id === 'string' && this.#ix.assessmentsByCitation.get(id)) || NONE;
  }

  /**
   * How other sources describe a study (from the study's `describedAs`), with whether
   * each description is accurate.
   *
   * @param studyId - The study's id.
   * @returns The descriptions.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.descriptionsOf('park-2008').map((d) => d.description.source); // ['healthline-mesotherapy']
   * ```
   */
  descriptionsOf(studyId: string): readonly StudyDescription[] {
    // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- a non-string id (from JavaScript) and an unknown id both give NONE
    return (typeof studyId === 'string' && this.#ix.descriptionsByStudy.get(studyId)) || NONE;
  }

  /**
   * The sources that describe a study.
   *
   * @param studyId - The study's id.
   * @returns The source records, in the order the study lists them.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.sourcesDescribing('el-domyati-2012').map((s) => s.id);
   * ```
   */
  sourcesDescribing(studyId: string): readonly Source[] {
    const seen = new Set<string>();
    const out: Source[] = [];
    for (const { description } of this.descriptionsOf(studyId)) {
      const source = this.#ix.byKind.sources.get(description.source);
      if (source && !seen.has(source.id)) {
        seen.add(source.id);
        out.push(source);
      }
    }
    return Object.freeze(out);
  }

  /**
   * An indication and its ancestors, nearest first: the order assessments are looked up in.
   *
   * @param indication - The indication's id.
   * @returns The ids; just `[indication]` when it has no parent or is unknown.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.indicationChain('submental-fat'); // ['submental-fat', 'localized-fat']
   * ```
   */
  indicationChain(indication: string): readonly string[] {
    if (typeof indication !== 'string') return NONE;
    return Object.freeze(indicationChain(this.#ix, indication));
  }

  /**
   * The assessment of a subject for an indication. When the indication has none,
   * its parent's is used, and so on up; `chain` tells which indications were walked.
   *
   * @param subject - The intervention's id.
   * @param indication - The indication's id.
   * @returns The assessment and the chain, or `undefined` when none applies.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * const match = knowledgeBase.assessment('mesotherapy', 'submental-fat');
   * match?.assessment.id; // 'mesotherapy--localized-fat'
   * match?.chain; // ['submental-fat', 'localized-fat']
   * ```
   */
  assessment(subject: string, indication: string): AssessmentMatch | undefined {
    return findAssessment(this.#ix, subject, indication);
  }

  /**
   * Judges a claim by the verdict table (see {@link VERDICT_TABLE} and the evidence
   * methodology guide): the verdict, the assessment used, the records behind it and
   * a one-sentence explanation in English and Norwegian bokmål.
   *
   * @param claim - The claim. `uncertain` polarity is judged like `negate`.
   * @returns The judgement.
   * @throws {@link InvalidClaimError} when `claim` is not a claim (not an object, or
   *   a predicate or polarity that does not exist). Unknown subjects and objects are
   *   not errors: they are `unverifiable`.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * const j = knowledgeBase.judge({ subject: 'deoxycholic-acid', predicate: 'fda-approved', object: 'submental-fat', polarity: 'affirm' });
   * j.verdict; // 'supported'
   * j.citations; // ['fda-kybella-2015']
   * ```
   */
  judge(claim: Claim): Judgement {
    // A judgement holds ids, labels and sentences made for it, no record: the records need not be frozen for it.
    return judge(this.#unfrozenIx, claim);
  }

  /**
   * Finds interventions, indications, ingredients and studies by name or synonym,
   * in English or Norwegian, ignoring case, diacritics and common inflection endings.
   *
   * @param text - What to look for.
   * @param options - The query's language, kinds to search, how many results.
   * @returns Results, best first.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * knowledgeBase.search('cellulitter', { lang: 'nb' })[0]?.id; // 'cellulite'
   * knowledgeBase.search('kybella')[0]?.id; // 'deoxycholic-acid'
   * ```
   */
  search(text: string, options?: SearchOptions): readonly SearchResult[] {
    return (this.#search ??= new SearchIndex(this.#dataset)).search(text, options);
  }

  /**
   * Compares two interventions: invasiveness, sessions, cost, downtime, adverse
   * effects, and the evidence for each indication either has an assessment for.
   *
   * @param a - The first intervention's id.
   * @param b - The second intervention's id.
   * @returns The comparison, or `undefined` when either id is unknown.
   * @example
   * ```ts
   * import { knowledgeBase } from 'meso-evidence';
   * const c = knowledgeBase.compare('mesotherapy', 'liposuction');
   * c?.evidence.find((row) => row.indication === 'localized-fat');
   * ```
   */
  compare(a: string, b: string): Comparison | undefined {
    return compareInterventions(this.#ix, a, b);
  }
}

/**
 * The records of a knowledge base, for the fact-check engine, which reads them but hands
 * none of them out (its findings are made of ids, labels and messages it makes): a lazily
 * loaded dataset (the bundled) is not frozen for it. Not part of the public API: what a
 * caller gets from a knowledge base is always frozen.
 *
 * @param kb - Anything.
 * @returns Its records, or `undefined` when `kb` is not a {@link KnowledgeBase}.
 * @internal
 */
export function engineRecords(kb: unknown): Dataset | undefined {
  return recordsOf(kb);
}

/** One frozen array per kind; kinds left out (or not arrays) are empty. */
function normalized(dataset: Dataset): Dataset {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything; the check is the public boundary
  const given = (dataset ?? {}) as Partial<Dataset>;
  return Object.freeze(
    Object.fromEntries(RECORD_KINDS.map((kind) => [kind, Array.isArray(given[kind]) ? given[kind] : NONE])),
  ) as unknown as Dataset;
}

/**
 * {@link normalized} for a lazily loaded dataset: each kind is read from it when it is first read
 * here (the bundled records parse a kind's JSON then: a fact-check reads few of them), and is a
 * plain, read-only property from then on. Not frozen: the knowledge base freezes it, all kinds
 * read, before a record leaves it (`#freeze`); until then only the engine and `judge` read it.
 */
function normalizedLazily(dataset: Dataset): Dataset {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a loader is ours, but may return anything
  const given = (dataset ?? {}) as Partial<Dataset>;
  const out: Partial<Record<RecordKind, unknown>> = {};
  for (const kind of RECORD_KINDS)
    Object.defineProperty(out, kind, {
      enumerable: true,
      configurable: true,
      get(): unknown {
        const value = Array.isArray(given[kind]) ? given[kind] : NONE;
        Object.defineProperty(out, kind, { value, enumerable: true, writable: false, configurable: true });
        return value;
      },
    });
  return out as Dataset;
}

/** The loaders {@link lazyKnowledgeBase} registered: only these make a lazy knowledge base. */
const loaders = new WeakSet<object>();

/**
 * A knowledge base whose dataset is loaded on first use, so that importing the
 * bundled one parses no data, and frozen on the first query that can hand a record out
 * (the fact-check engine and {@link KnowledgeBase.judge} read the records unfrozen).
 * Not part of the public API.
 *
 * @param load - Returns the validated dataset, frozen or not (nothing else may hold it); called at most once.
 * @returns The knowledge base.
 * @internal
 */
export function lazyKnowledgeBase(load: () => Dataset): KnowledgeBase {
  loaders.add(load);
  return new KnowledgeBase(load as unknown as Dataset);
}

// One caller must not change the class for every other (issue 16): its prototype and statics are frozen.
Object.freeze(KnowledgeBase.prototype);
Object.freeze(KnowledgeBase);
