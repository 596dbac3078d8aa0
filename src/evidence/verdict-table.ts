/**
 * The verdict table as data: one row per condition, with the verdict for a claim
 * that asserts it (`affirm`) and one that denies or hedges it (`negate`). The
 * engine in `judge.ts` picks the row; this table alone says what the verdict is.
 *
 * @module
 */
import type { Certainty, Direction } from '../schema/evidence.js';
import type { Polarity, Predicate, Verdict } from './claim.js';

/**
 * The id of a row of the verdict table.
 *
 * @example
 * ```ts
 * import type { VerdictRuleId } from 'meso-evidence';
 * const rule: VerdictRuleId = 'effective-for/benefit-high';
 * ```
 */
export type VerdictRuleId =
  | 'effective-for/benefit-high'
  | 'effective-for/benefit-low'
  | 'effective-for/insufficient'
  | 'effective-for/no-benefit-or-harm'
  | 'effective-for/no-benefit-or-harm-low'
  | 'effective-for/no-assessment'
  | 'fda-approved/approved'
  | 'fda-approved/narrower'
  | 'fda-approved/not-approved'
  | 'fda-approved/unknown'
  | 'safe/harms-documented'
  | 'safe/nothing-documented'
  | 'side-effect-free/harms-documented'
  | 'side-effect-free/nothing-documented'
  | 'no-downtime/none'
  | 'no-downtime/usually-none'
  | 'no-downtime/some'
  | 'no-downtime/nothing-documented';

/**
 * One row of the verdict table.
 *
 * @example
 * ```ts
 * import { VERDICT_TABLE, type VerdictRule } from 'meso-evidence';
 * const row: VerdictRule | undefined = VERDICT_TABLE.find((r) => r.id === 'effective-for/insufficient');
 * row?.affirm; // 'overstated'
 * ```
 */
export interface VerdictRule {
  /** The row's id. */
  readonly id: VerdictRuleId;
  /** The predicate the row is for. */
  readonly predicate: Predicate;
  /** When the row applies, in English and Norwegian bokmål. */
  readonly condition: {
    /** In English. */
    readonly en: string;
    /** In Norwegian bokmål. */
    readonly nb: string;
  };
  /** The verdict of a claim that asserts the predicate. */
  readonly affirm: Verdict;
  /** The verdict of a claim that denies it, or hedges it (`uncertain` is judged like `negate`). */
  readonly negate: Verdict;
}

const row = (id: VerdictRuleId, en: string, nb: string, affirm: Verdict, negate: Verdict): VerdictRule =>
  Object.freeze({
    id,
    predicate: id.slice(0, id.indexOf('/')) as Predicate,
    condition: Object.freeze({ en, nb }),
    affirm,
    negate,
  });

/**
 * The verdict table, the only place verdicts are decided. It implements the table
 * in the project's design exactly and fills the cells the design leaves open (see
 * `docs/evidence-methodology.md`).
 *
 * @example
 * ```ts
 * import { VERDICT_TABLE } from 'meso-evidence';
 * for (const rule of VERDICT_TABLE) console.log(rule.id, rule.affirm, rule.negate);
 * ```
 */
export const VERDICT_TABLE: readonly VerdictRule[] = Object.freeze([
  row(
    'effective-for/benefit-high',
    'The assessment shows a benefit with high or moderate certainty.',
    'Vurderingen viser nytte med høy eller moderat sikkerhet.',
    'supported',
    'contradicted',
  ),
  row(
    'effective-for/benefit-low',
    'The assessment shows a benefit with low or very low certainty.',
    'Vurderingen viser nytte med lav eller svært lav sikkerhet.',
    'overstated',
    'supported',
  ),
  row(
    'effective-for/insufficient',
    'The assessment finds the evidence insufficient.',
    'Vurderingen finner dokumentasjonen utilstrekkelig.',
    'overstated',
    'supported',
  ),
  row(
    'effective-for/no-benefit-or-harm',
    'The assessment shows no benefit, or harm, with high or moderate certainty.',
    'Vurderingen viser ingen nytte, eller skade, med høy eller moderat sikkerhet.',
    'contradicted',
    'supported',
  ),
  row(
    'effective-for/no-benefit-or-harm-low',
    'The assessment shows no benefit, or harm, with low or very low certainty: the little evidence there is found no benefit, which GRADE does not let prove the claim false.',
    'Vurderingen viser ingen nytte, eller skade, med lav eller svært lav sikkerhet: den lille dokumentasjonen som finnes, fant ingen nytte, og etter GRADE beviser det ikke at påstanden er feil.',
    'overstated',
    'supported',
  ),
  row(
    'effective-for/no-assessment',
    'No assessment covers the indication or any of its parents.',
    'Ingen vurdering dekker indikasjonen eller noen overordnet indikasjon.',
    'unverifiable',
    'unverifiable',
  ),
  row(
    'fda-approved/approved',
    'An FDA approval names the subject for the indication or a broader one (without an indication: for anything), and for the population the claim names ("for women") or the indication is defined for.',
    'En FDA-godkjenning gjelder behandlingen for indikasjonen eller en overordnet (uten indikasjon: for noe som helst), og for den gruppen påstanden nevner («for kvinner») eller indikasjonen gjelder.',
    'supported',
    'contradicted',
  ),
  row(
    'fda-approved/narrower',
    'No FDA approval covers the indication, but one for the claim’s population covers a narrower one (a kind of it): the claim says more than the approval, and a denial is fair.',
    'Ingen FDA-godkjenning dekker indikasjonen, men en godkjenning for samme gruppe dekker en smalere (en form av den): påstanden sier mer enn godkjenningen, og en benektelse er rimelig.',
    'overstated',
    'supported',
  ),
  row(
    'fda-approved/not-approved',
    'No FDA approval covers it.',
    'Ingen FDA-godkjenning dekker det.',
    'contradicted',
    'supported',
  ),
  row(
    'fda-approved/unknown',
    'The subject or the indication is not in the knowledge base.',
    'Behandlingen eller indikasjonen finnes ikke i kunnskapsbasen.',
    'unverifiable',
    'unverifiable',
  ),
  row(
    'safe/harms-documented',
    'Adverse events (in the subject’s adverse-event profile), a regulator’s warning or ban, or harm are documented, or safety is unproven (mesotherapy, injection lipolysis).',
    'Bivirkninger (i behandlingens bivirkningsprofil), advarsel eller forbud fra en myndighet eller skade er dokumentert, eller sikkerheten er ikke bevist (mesoterapi, injeksjonslipolyse).',
    'overstated',
    'supported',
  ),
  row(
    'safe/nothing-documented',
    'Nothing on the subject’s safety is documented.',
    'Ingenting om behandlingens sikkerhet er dokumentert.',
    'unverifiable',
    'unverifiable',
  ),
  row(
    'side-effect-free/harms-documented',
    'Adverse events (in the subject’s adverse-event profile), a regulator’s warning or ban, or harm are documented.',
    'Bivirkninger (i behandlingens bivirkningsprofil), advarsel eller forbud fra en myndighet eller skade er dokumentert.',
    'contradicted',
    'supported',
  ),
  row(
    'side-effect-free/nothing-documented',
    'No adverse effect is documented.',
    'Ingen bivirkninger er dokumentert.',
    'unverifiable',
    'unverifiable',
  ),
  row(
    'no-downtime/none',
    'The documented downtime is zero days.',
    'Dokumentert nedetid er null dager.',
    'supported',
    'contradicted',
  ),
  row(
    'no-downtime/usually-none',
    'Usually no downtime, though some take time off (mesotherapy; or downtime from zero to some days).',
    'Vanligvis ingen nedetid, men noen tar fri (mesoterapi; eller nedetid fra null til noen dager).',
    'supported',
    'overstated',
  ),
  row(
    'no-downtime/some',
    'The documented downtime is at least a day.',
    'Dokumentert nedetid er minst én dag.',
    'contradicted',
    'supported',
  ),
  row(
    'no-downtime/nothing-documented',
    'No downtime is documented for the subject.',
    'Ingen nedetid er dokumentert for behandlingen.',
    'unverifiable',
    'unverifiable',
  ),
]);

const BY_ID: ReadonlyMap<string, VerdictRule> = new Map(VERDICT_TABLE.map((r) => [r.id, r]));

/**
 * The row of the verdict table with this id.
 *
 * @internal
 */
export function verdictRule(id: VerdictRuleId): VerdictRule {
  return BY_ID.get(id) as VerdictRule;
}

/**
 * The verdict a row gives a claim of this polarity (`uncertain` reads the `negate` column).
 *
 * @param rule - The row, or its id.
 * @param polarity - The claim's polarity.
 * @returns The verdict.
 * @example
 * ```ts
 * import { verdictFor } from 'meso-evidence';
 * verdictFor('effective-for/benefit-low', 'affirm'); // 'overstated'
 * verdictFor('effective-for/benefit-low', 'uncertain'); // 'supported'
 * ```
 */
export function verdictFor(rule: VerdictRule | VerdictRuleId, polarity: Polarity): Verdict {
  const found = typeof rule === 'string' ? BY_ID.get(rule) : rule;
  if (!found) return 'unverifiable';
  return polarity === 'affirm' ? found.affirm : found.negate;
}

/**
 * The row of the table for an assessment's direction and certainty (`effective-for`).
 *
 * @param direction - The assessment's direction.
 * @param certainty - Its GRADE certainty.
 * @returns The row id.
 * @example
 * ```ts
 * import { effectiveForRule } from 'meso-evidence';
 * effectiveForRule('benefit', 'moderate'); // 'effective-for/benefit-high'
 * effectiveForRule('insufficient', 'very-low'); // 'effective-for/insufficient'
 * effectiveForRule('no-benefit', 'very-low'); // 'effective-for/no-benefit-or-harm-low'
 * ```
 */
export function effectiveForRule(direction: Direction, certainty: Certainty): VerdictRuleId {
  switch (direction) {
    case 'benefit':
      return certainty === 'high' || certainty === 'moderate'
        ? 'effective-for/benefit-high'
        : 'effective-for/benefit-low';
    case 'insufficient':
      return 'effective-for/insufficient';
    case 'no-benefit':
    case 'harm':
      return certainty === 'high' || certainty === 'moderate'
        ? 'effective-for/no-benefit-or-harm'
        : 'effective-for/no-benefit-or-harm-low';
    default:
      return 'effective-for/no-assessment';
  }
}
