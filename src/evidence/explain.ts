/**
 * One-sentence explanations of verdicts, in English and Norwegian bokmål.
 *
 * @module
 */
import type { Certainty, Direction } from '../schema/evidence.js';
import type { Verdict } from './claim.js';
import { bundledMessages } from '../messages/messages.js';

/**
 * A sentence in English and Norwegian bokmål.
 *
 * @example
 * ```ts
 * import { knowledgeBase, type Explanation } from 'meso-evidence';
 * const why: Explanation = knowledgeBase.judge({ subject: 'mesotherapy', predicate: 'safe', polarity: 'affirm' }).explanation;
 * why.en; // 'Overstated: adverse effects of mesotherapy are documented and its safety is unproven.'
 * ```
 */
export interface Explanation {
  /** In English. */
  readonly en: string;
  /** In Norwegian bokmål. */
  readonly nb: string;
}

/** Labels in both languages. @internal */
export interface Labels {
  readonly en: string;
  readonly nb: string;
}

// Verdict labels and certainty words come from data/messages, as in the exports and the CLI.
const EN = bundledMessages('en');
const NB = bundledMessages('nb');

const CERTAINTY_WORD: Readonly<Record<Certainty, Labels>> = {
  high: { en: EN.certainty.high, nb: NB.certainty.high },
  moderate: { en: EN.certainty.moderate, nb: NB.certainty.moderate },
  low: { en: EN.certainty.low, nb: NB.certainty.low },
  'very-low': { en: EN.certainty['very-low'], nb: NB.certainty['very-low'] },
};

function sentence(verdict: Verdict, en: string, nb: string): Explanation {
  return Object.freeze({ en: `${EN.verdicts[verdict]}: ${en}.`, nb: `${NB.verdicts[verdict]}: ${nb}.` });
}

function list(labels: readonly string[], and: string): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} ${and} ${labels[labels.length - 1]}`;
}

/** What an `effective-for` explanation says about the assessment used. @internal */
export interface FoundAssessment {
  readonly direction: Direction;
  readonly certainty: Certainty;
  /** The indication assessed, when it is a parent of the one claimed. */
  readonly via?: Labels;
  /** The formulations the evidence rests on. */
  readonly formulations?: readonly Labels[];
}

/** @internal */
export function explainEffectiveFor(
  verdict: Verdict,
  s: Labels,
  o: Labels,
  found: FoundAssessment | undefined,
  general?: Labels,
): Explanation {
  if (!found) {
    if (general) {
      return sentence(
        verdict,
        `the knowledge base has no assessment of ${s.en} for ${o.en}; the assessment of ${general.en} in general is not applied to one form of it`,
        `kunnskapsbasen har ingen vurdering av ${s.nb} mot ${o.nb}; vurderingen av ${general.nb} generelt brukes ikke for én form av det`,
      );
    }
    return sentence(
      verdict,
      `the knowledge base has no assessment of ${s.en} for ${o.en}`,
      `kunnskapsbasen har ingen vurdering av ${s.nb} mot ${o.nb}`,
    );
  }
  const c = CERTAINTY_WORD[found.certainty];
  const formulations = found.formulations ?? [];
  const restsEn =
    formulations.length > 0
      ? `; the evidence rests on ${list(
          formulations.map((f) => f.en),
          'and',
        )}`
      : '';
  const restsNb =
    formulations.length > 0
      ? `; dokumentasjonen gjelder ${list(
          formulations.map((f) => f.nb),
          'og',
        )}`
      : '';
  const viaEn = `${found.via ? `, judged by its assessment for ${found.via.en}` : ''}${restsEn}`;
  const viaNb = `${found.via ? `, bedømt ut fra vurderingen for ${found.via.nb}` : ''}${restsNb}`;
  const low = found.certainty === 'low' || found.certainty === 'very-low';
  if (low && (found.direction === 'no-benefit' || found.direction === 'harm')) {
    const harmEn = found.direction === 'harm' ? ' and suggests harm' : '';
    const harmNb = found.direction === 'harm' ? ' og tyder på skade' : '';
    return sentence(
      verdict,
      `the little evidence there is found no benefit of ${s.en} for ${o.en}${harmEn} (${c.en} certainty)${viaEn}`,
      `den lille dokumentasjonen som finnes, fant ingen nytte av ${s.nb} mot ${o.nb}${harmNb} (${c.nb} sikkerhet)${viaNb}`,
    );
  }
  // A denied or hedged claim that low-certainty evidence of benefit leaves standing: the evidence
  // does not show the benefit, so the message must not say it does ("Supported: … shows that it helps").
  if (low && found.direction === 'benefit' && verdict === 'supported') {
    return sentence(
      verdict,
      `it is not established that ${s.en} helps against ${o.en}: the evidence for it is of ${c.en} certainty${viaEn}`,
      `det er ikke fastslått at ${s.nb} hjelper mot ${o.nb}: dokumentasjonen for det har ${c.nb} sikkerhet${viaNb}`,
    );
  }
  switch (found.direction) {
    case 'benefit':
      return sentence(
        verdict,
        `evidence of ${c.en} certainty shows that ${s.en} helps against ${o.en}${viaEn}`,
        `dokumentasjon med ${c.nb} sikkerhet viser at ${s.nb} hjelper mot ${o.nb}${viaNb}`,
      );
    case 'no-benefit':
      return sentence(
        verdict,
        `evidence of ${c.en} certainty shows no benefit of ${s.en} for ${o.en}${viaEn}`,
        `dokumentasjon med ${c.nb} sikkerhet viser ingen nytte av ${s.nb} mot ${o.nb}${viaNb}`,
      );
    case 'harm':
      return sentence(
        verdict,
        `evidence of ${c.en} certainty shows that ${s.en} does harm when used for ${o.en}${viaEn}`,
        `dokumentasjon med ${c.nb} sikkerhet viser at ${s.nb} gjør skade når det brukes mot ${o.nb}${viaNb}`,
      );
    default:
      return sentence(
        verdict,
        `the evidence that ${s.en} helps against ${o.en} is insufficient (${c.en} certainty)${viaEn}`,
        `dokumentasjonen for at ${s.nb} hjelper mot ${o.nb} er utilstrekkelig (${c.nb} sikkerhet)${viaNb}`,
      );
  }
}

/** @internal */
export function explainUnknown(verdict: Verdict, what: Labels): Explanation {
  return sentence(
    verdict,
    `the knowledge base has nothing on ${what.en}`,
    `kunnskapsbasen har ingenting om ${what.nb}`,
  );
}

/** @internal */
export function explainFda(
  verdict: Verdict,
  s: Labels,
  o: Labels | undefined,
  approved: boolean,
  approvedFor: readonly Labels[],
  narrower = false,
): Explanation {
  const forEn = o ? ` for ${o.en}` : '';
  const forNb = o ? ` for ${o.nb}` : '';
  if (approved) return sentence(verdict, `the FDA has approved ${s.en}${forEn}`, `FDA har godkjent ${s.nb}${forNb}`);
  if (o && narrower) {
    return sentence(
      verdict,
      `the FDA has approved ${s.en} for ${list(
        approvedFor.map((l) => l.en),
        'and',
      )}, a narrower use than ${o.en} in general`,
      `FDA har godkjent ${s.nb} for ${list(
        approvedFor.map((l) => l.nb),
        'og',
      )}, en smalere bruk enn ${o.nb} generelt`,
    );
  }
  if (o && approvedFor.length > 0) {
    return sentence(
      verdict,
      `the FDA has approved ${s.en} only for ${list(
        approvedFor.map((l) => l.en),
        'and',
      )}, not for ${o.en}`,
      `FDA har godkjent ${s.nb} bare for ${list(
        approvedFor.map((l) => l.nb),
        'og',
      )}, ikke for ${o.nb}`,
    );
  }
  return sentence(verdict, `the FDA has not approved ${s.en}${forEn}`, `FDA har ikke godkjent ${s.nb}${forNb}`);
}

/** @internal */
export function explainSafety(
  verdict: Verdict,
  s: Labels,
  harms: boolean,
  predicate: 'safe' | 'side-effect-free',
  serious: readonly Labels[] = [],
): Explanation {
  if (!harms && verdict === 'unverifiable') {
    return predicate === 'safe'
      ? sentence(
          verdict,
          `the knowledge base documents nothing on the safety of ${s.en}`,
          `kunnskapsbasen har ingenting om sikkerheten ved ${s.nb}`,
        )
      : sentence(
          verdict,
          `the knowledge base documents no adverse effects of ${s.en}`,
          `kunnskapsbasen har ingen dokumenterte bivirkninger av ${s.nb}`,
        );
  }
  const amongEn =
    serious.length > 0
      ? `, serious ones among them (${list(
          serious.map((l) => l.en),
          'and',
        )})`
      : '';
  const amongNb =
    serious.length > 0
      ? `, også alvorlige (${list(
          serious.map((l) => l.nb),
          'og',
        )})`
      : '';
  if (predicate === 'side-effect-free') {
    return sentence(
      verdict,
      `adverse effects of ${s.en} are documented${amongEn}`,
      `bivirkninger av ${s.nb} er dokumentert${amongNb}`,
    );
  }
  return harms
    ? sentence(
        verdict,
        `adverse effects of ${s.en} are documented${amongEn}${amongEn ? ',' : ''} and its safety is unproven`,
        `bivirkninger av ${s.nb} er dokumentert${amongNb}, og sikkerheten er ikke bevist`,
      )
    : sentence(verdict, `the safety of ${s.en} is unproven`, `sikkerheten ved ${s.nb} er ikke bevist`);
}

/** @internal */
export function explainDowntime(
  verdict: Verdict,
  s: Labels,
  range: { min: number; max: number } | undefined,
): Explanation {
  if (verdict === 'unverifiable') {
    return sentence(
      verdict,
      `the knowledge base documents no downtime for ${s.en}`,
      `kunnskapsbasen har ingen opplysninger om nedetid etter ${s.nb}`,
    );
  }
  if (range === undefined) {
    return sentence(
      verdict,
      `${s.en} usually needs no downtime, though some take a day off`,
      `${s.nb} krever vanligvis ingen nedetid, men noen tar en dag fri`,
    );
  }
  const days = (n: number, en: boolean): string =>
    en ? `${n} day${n === 1 ? '' : 's'}` : `${n} ${n === 1 ? 'dag' : 'dager'}`;
  if (range.max === 0) return sentence(verdict, `${s.en} needs no downtime`, `${s.nb} krever ingen nedetid`);
  if (range.min === 0) {
    return sentence(
      verdict,
      `${s.en} usually needs no downtime, though some take up to ${days(range.max, true)} off`,
      `${s.nb} krever vanligvis ingen nedetid, men noen tar opptil ${days(range.max, false)} fri`,
    );
  }
  const span = (en: boolean): string =>
    range.min === range.max ? days(range.min, en) : `${range.min}–${days(range.max, en)}`;
  return sentence(verdict, `${s.en} needs ${span(true)} of downtime`, `${s.nb} krever ${span(false)} nedetid`);
}
