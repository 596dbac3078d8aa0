/**
 * Side-by-side comparison of two interventions.
 *
 * @module
 */
import type { Certainty, Direction } from '../schema/evidence.js';
import type { Cost, Intervention, SourcedRange } from '../schema/intervention.js';
import type { Indexes } from '../kb/indexes.js';
import { findAssessment } from '../evidence/assessment.js';

/**
 * How invasive an intervention is, least first.
 *
 * @example
 * ```ts
 * import { INVASIVENESS_ORDER } from 'meso-evidence';
 * INVASIVENESS_ORDER.indexOf('surgical') > INVASIVENESS_ORDER.indexOf('minimally-invasive'); // true
 * ```
 */
export const INVASIVENESS_ORDER = Object.freeze([
  'non-invasive',
  'minimally-invasive',
  'invasive',
  'surgical',
] as const);

/**
 * What the knowledge base has on one intervention's procedure, for comparing.
 *
 * @example
 * ```ts
 * import { knowledgeBase, type InterventionProfile } from 'meso-evidence';
 * const profile: InterventionProfile | undefined = knowledgeBase.compare('mesotherapy', 'liposuction')?.a;
 * profile?.invasiveness; // 'minimally-invasive'
 * ```
 */
export interface InterventionProfile {
  /** The intervention's id. */
  readonly id: string;
  /** Its type. */
  readonly type: Intervention['type'];
  /** How invasive it is. */
  readonly invasiveness: Intervention['invasiveness'];
  /** Sessions a course takes, where documented. */
  readonly sessions?: SourcedRange;
  /** Minutes a session takes, where documented. */
  readonly sessionMinutes?: SourcedRange;
  /** Prices, where documented. */
  readonly cost: readonly Cost[];
  /** Days of downtime, where documented. */
  readonly downtimeDays?: SourcedRange;
  /** How many adverse events its adverse-event profile lists (0 without a profile). */
  readonly adverseEffects: number;
}

/**
 * The assessment of one intervention for one indication, as used in a comparison.
 *
 * @example
 * ```ts
 * import type { ComparedEvidence } from 'meso-evidence';
 * const evidence: ComparedEvidence = { assessment: 'liposuction--localized-fat', direction: 'benefit', certainty: 'moderate', chain: ['localized-fat'] };
 * ```
 */
export interface ComparedEvidence {
  /** The assessment's id. */
  readonly assessment: string;
  /** What the evidence shows. */
  readonly direction: Direction;
  /** GRADE certainty. */
  readonly certainty: Certainty;
  /** Indications walked to find it (the parent fallback). */
  readonly chain: readonly string[];
}

/**
 * The evidence for both interventions on one indication.
 *
 * @example
 * ```ts
 * import { knowledgeBase, type EvidenceRow } from 'meso-evidence';
 * const rows: readonly EvidenceRow[] = knowledgeBase.compare('mesotherapy', 'liposuction')?.evidence ?? [];
 * ```
 */
export interface EvidenceRow {
  /** The indication. */
  readonly indication: string;
  /** The first intervention's evidence, when it has an assessment (its own or a parent's). */
  readonly a?: ComparedEvidence;
  /** The second intervention's evidence. */
  readonly b?: ComparedEvidence;
}

/**
 * A comparison of two interventions.
 *
 * @example
 * ```ts
 * import { knowledgeBase, type Comparison } from 'meso-evidence';
 * const comparison: Comparison | undefined = knowledgeBase.compare('mesotherapy', 'liposuction');
 * comparison?.lessInvasive; // 'mesotherapy'
 * ```
 */
export interface Comparison {
  /** The first intervention. */
  readonly a: InterventionProfile;
  /** The second intervention. */
  readonly b: InterventionProfile;
  /** The less invasive of the two, or `undefined` when equally invasive. */
  readonly lessInvasive?: string;
  /** Evidence per indication either has an assessment for, in indication-id order. */
  readonly evidence: readonly EvidenceRow[];
}

/** The cost of an intervention whose record names none: shared, so frozen. */
const NO_COST: readonly Cost[] = Object.freeze([]);

function profile(ix: Indexes, i: Intervention): InterventionProfile {
  const p = i.procedure;
  return Object.freeze({
    id: i.id,
    type: i.type,
    invasiveness: i.invasiveness,
    ...(p?.sessions ? { sessions: p.sessions } : {}),
    ...(p?.sessionMinutes ? { sessionMinutes: p.sessionMinutes } : {}),
    cost: p?.cost ?? NO_COST,
    ...(p?.downtimeDays ? { downtimeDays: p.downtimeDays } : {}),
    adverseEffects: ix.adverseEventsByIntervention.get(i.id)?.events.length ?? 0,
  });
}

function evidenceOf(ix: Indexes, subject: string, indication: string): ComparedEvidence | undefined {
  const match = findAssessment(ix, subject, indication);
  if (!match) return undefined;
  const { assessment, chain } = match;
  return Object.freeze({
    assessment: assessment.id,
    direction: assessment.direction,
    certainty: assessment.certainty,
    chain,
  });
}

/**
 * Compares two interventions; `undefined` when either is unknown.
 *
 * @internal
 */
export function compareInterventions(ix: Indexes, a: unknown, b: unknown): Comparison | undefined {
  if (typeof a !== 'string' || typeof b !== 'string') return undefined;
  const first = ix.byKind.interventions.get(a);
  const second = ix.byKind.interventions.get(b);
  if (!first || !second) return undefined;
  const indications = new Set<string>();
  for (const x of ix.assessmentsBySubject.get(a) ?? []) indications.add(x.indication);
  for (const x of ix.assessmentsBySubject.get(b) ?? []) indications.add(x.indication);
  const evidence = [...indications].sort().map((indication) => {
    const ea = evidenceOf(ix, a, indication);
    const eb = evidenceOf(ix, b, indication);
    return Object.freeze({ indication, ...(ea ? { a: ea } : {}), ...(eb ? { b: eb } : {}) });
  });
  const rankA = INVASIVENESS_ORDER.indexOf(first.invasiveness);
  const rankB = INVASIVENESS_ORDER.indexOf(second.invasiveness);
  const lessInvasive = rankA < rankB ? a : rankB < rankA ? b : undefined;
  return Object.freeze({
    a: profile(ix, first),
    b: profile(ix, second),
    ...(lessInvasive ? { lessInvasive } : {}),
    evidence: Object.freeze(evidence),
  });
}
