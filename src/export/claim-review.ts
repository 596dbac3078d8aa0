/**
 * schema.org `ClaimReview` JSON-LD for findings.
 *
 * @module
 */
import type { Finding } from '../factcheck/finding.js';
import type { Language } from '../schema/common.js';
import { RATING_SCALE } from './rating-scale.js';
import { expectFinding, expectString, ownOptions } from '../guard.js';

/**
 * A schema.org `Organization` or `Person`.
 *
 * @example
 * ```ts
 * import type { SchemaAgent } from 'meso-evidence/export';
 * const clinic: SchemaAgent = { '@type': 'Organization', name: 'Klinikk X' };
 * ```
 */
export interface SchemaAgent {
  /** `Organization` or `Person`. */
  readonly '@type': 'Organization' | 'Person';
  /** The name. */
  readonly name: string;
  /** A web address. */
  readonly url?: string;
}

/**
 * A schema.org `ClaimReview`, with the properties the export fills.
 *
 * @example
 * ```ts
 * import { toClaimReview, type ClaimReview } from 'meso-evidence/export';
 * import { factCheck } from 'meso-evidence/factcheck';
 * const [finding] = factCheck('Mesotherapy smooths cellulite.', { format: 'text' }).findings;
 * const review: ClaimReview | undefined = finding && toClaimReview(finding, { documentUrl: 'https://clinic.example/ad' });
 * ```
 */
export interface ClaimReview {
  /** `https://schema.org`. */
  readonly '@context': 'https://schema.org';
  /** `ClaimReview`. */
  readonly '@type': 'ClaimReview';
  /** Where the review is published. */
  readonly url: string;
  /** The claim, short (at most 75 characters) and without the verdict. */
  readonly claimReviewed: string;
  /** The language of the claim and the explanation. */
  readonly inLanguage: Language;
  /** Who reviewed: meso-evidence unless the caller says otherwise. */
  readonly author: SchemaAgent;
  /** The verdict on the published scale ({@link RATING_SCALE}). */
  readonly reviewRating: {
    /** `Rating`. */
    readonly '@type': 'Rating';
    /** 1–3, absent for `unverifiable`. */
    readonly ratingValue?: number;
    /** The best value on the scale (3). */
    readonly bestRating: number;
    /** The worst value on the scale (1). */
    readonly worstRating: number;
    /** The verdict in words: what readers see. */
    readonly alternateName: string;
    /** The verdict explained. */
    readonly ratingExplanation: string;
  };
  /** The claim and where it appeared. */
  readonly itemReviewed: {
    /** `Claim`. */
    readonly '@type': 'Claim';
    /** Who made the claim, when known. */
    readonly author?: SchemaAgent;
    /** Where the claim appeared. */
    readonly appearance?: readonly {
      /** `CreativeWork`. */
      readonly '@type': 'CreativeWork';
      /** The document's address. */
      readonly url: string;
    }[];
  };
}

/**
 * Options for {@link toClaimReview}.
 *
 * @example
 * ```ts
 * import type { ClaimReviewOptions } from 'meso-evidence/export';
 * const options: ClaimReviewOptions = {
 *   documentUrl: 'https://clinic.example/mesoterapi', language: 'nb',
 *   claimAuthor: { '@type': 'Organization', name: 'Klinikk X' },
 * };
 * ```
 */
export interface ClaimReviewOptions {
  /** Where the claim appeared (the checked document). */
  readonly documentUrl?: string;
  /**
   * Where the review is published. Default: `documentUrl` with a fragment naming
   * the claim (`#claim-12-5-safe` for a `safe` claim at line 12, column 5), or the bare fragment
   * when there is no `documentUrl`.
   */
  readonly url?: string;
  /** The language of the text (default `en`): names the rating in it. */
  readonly language?: Language;
  /** Who made the claim, when known. */
  readonly claimAuthor?: SchemaAgent;
  /** Who reviewed (default: the organization `meso-evidence`). */
  readonly reviewer?: SchemaAgent;
}

/**
 * The longest `claimReviewed`, as Google's guidance asks.
 *
 * @example
 * ```ts
 * import { CLAIM_REVIEWED_MAX_LENGTH } from 'meso-evidence/export';
 * CLAIM_REVIEWED_MAX_LENGTH; // the length Google advises for claimReviewed
 * ```
 */
export const CLAIM_REVIEWED_MAX_LENGTH = 75;

/**
 * Shortens a claim's text to at most `max` characters at a word boundary, with an
 * ellipsis when cut; white space is collapsed and Markdown emphasis marks dropped.
 *
 * @param text - The claim's text.
 * @param max - The longest result (default {@link CLAIM_REVIEWED_MAX_LENGTH}).
 * @returns The short text.
 * @throws TypeError when `text` is not a string; RangeError when `max` is not a number of at least 2.
 * @example
 * ```ts
 * import { shortenClaim } from 'meso-evidence/export';
 * shortenClaim('Mesotherapy   **melts** fat'); // 'Mesotherapy melts fat'
 * ```
 */
export function shortenClaim(text: string, max: number = CLAIM_REVIEWED_MAX_LENGTH): string {
  expectString('shortenClaim', 'text', text);
  if (typeof max !== 'number' || !(max >= 2))
    throw new RangeError(
      `shortenClaim: max must be a number of at least 2, not ${typeof max === 'number' ? String(max) : typeof max}`,
    );
  const clean = text
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * The fragment that names a finding: `claim-<line>-<column>-<predicate>[-<object>]`,
 * unique within a document (one sentence can hold several claims).
 *
 * @param finding - The finding.
 * @returns The fragment, without `#`.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { claimFragment } from 'meso-evidence/export';
 * import { factCheck } from 'meso-evidence/factcheck';
 * const [finding] = factCheck('Mesotherapy smooths cellulite.', { format: 'text' }).findings;
 * if (finding) claimFragment(finding); // 'claim-1-1-effective-for-cellulite'
 * ```
 */
export function claimFragment(finding: Finding): string {
  expectFinding('claimFragment', finding);
  const { line, column } = finding.position.start;
  const { predicate, object } = finding.claim;
  return `claim-${line}-${column}-${predicate}${object === undefined ? '' : `-${object}`}`;
}

/**
 * The organization that reviews by default.
 *
 * @example
 * ```ts
 * import { MESO_EVIDENCE_ORGANIZATION } from 'meso-evidence/export';
 * MESO_EVIDENCE_ORGANIZATION['@type']; // 'Organization'
 * ```
 */
export const MESO_EVIDENCE_ORGANIZATION: SchemaAgent = Object.freeze({
  '@type': 'Organization',
  name: 'meso-evidence',
});

/**
 * Converts a finding to a schema.org `ClaimReview`: the claim's text as
 * `claimReviewed`, the verdict as a `Rating` on {@link RATING_SCALE} (with the
 * verdict's words as `alternateName` and the finding's message as
 * `ratingExplanation`), and the document as the claim's `appearance`.
 *
 * @param finding - The finding.
 * @param options - Document and review addresses, language, authors.
 * @returns The JSON-LD object, ready for `JSON.stringify`.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { factCheck } from 'meso-evidence/factcheck';
 * import { toClaimReview } from 'meso-evidence/export';
 * const report = factCheck('Mesotherapy smooths cellulite.', { format: 'text' });
 * const reviews = report.findings.map((f) =>
 *   toClaimReview(f, { documentUrl: 'https://clinic.example/ad', language: report.language }));
 * reviews[0]?.reviewRating.alternateName; // 'Overstated'
 * ```
 */
export function toClaimReview(finding: Finding, options: ClaimReviewOptions = {}): ClaimReview {
  expectFinding('toClaimReview', finding);
  // Own properties only: a polluted Object.prototype must not set an option.
  options = ownOptions(options);
  const language = options.language ?? 'en';
  const step = RATING_SCALE.steps[finding.verdict];
  const fragment = `#${claimFragment(finding)}`;
  const url =
    options.url ??
    (options.documentUrl === undefined ? fragment : `${options.documentUrl.replace(/#.*$/, '')}${fragment}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    claimReviewed: shortenClaim(finding.text),
    inLanguage: language,
    author: options.reviewer ?? MESO_EVIDENCE_ORGANIZATION,
    reviewRating: {
      '@type': 'Rating',
      ...(step.value === null ? {} : { ratingValue: step.value }),
      bestRating: RATING_SCALE.best,
      worstRating: RATING_SCALE.worst,
      alternateName: step.name[language],
      ratingExplanation: finding.message,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(options.claimAuthor ? { author: options.claimAuthor } : {}),
      ...(options.documentUrl === undefined
        ? {}
        : { appearance: [{ '@type': 'CreativeWork' as const, url: options.documentUrl }] }),
    },
  };
}
