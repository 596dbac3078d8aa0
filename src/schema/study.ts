/**
 * Studies: the cited research, with CSL-compatible citation fields, design,
 * results, and which fields were verified.
 *
 * @module
 */
import * as z from 'zod';
import { IdSchema, LanguageSchema, LocalizedTextSchema, UrlSchema, VerificationSchema } from './common.js';
import { StudyDesignSchema, StudyResultSchema } from './evidence.js';

/**
 * A person who wrote a study (CSL `author`).
 *
 * @example
 * ```ts
 * import { AuthorSchema } from 'meso-evidence/schema';
 * AuthorSchema.parse({ family: 'Park', given: 'SH' });
 * ```
 */
export const AuthorSchema = z.strictObject({
  /** Family name. */
  family: z.string().min(1),
  /** Given names or initials. */
  given: z.string().min(1).optional(),
});

/**
 * A person who wrote a study.
 *
 * @example
 * ```ts
 * import type { Author } from 'meso-evidence';
 * let value: Author | undefined;
 * ```
 */
export type Author = z.infer<typeof AuthorSchema>;

/**
 * A DOI such as `10.1097/01.prs.0000304611.71480.0a` (no `https://doi.org/` prefix).
 *
 * @example
 * ```ts
 * import { DoiSchema } from 'meso-evidence/schema';
 * DoiSchema.parse('10.2340/16501977-2817');
 * ```
 */
export const DoiSchema = z.string().regex(/^10\.\d{4,9}\/\S+$/, {
  error: 'must be a DOI like "10.1097/01.prs.0000304611.71480.0a", without "https://doi.org/"',
});

/**
 * A PubMed id: digits only, as a string.
 *
 * @example
 * ```ts
 * import { PmidSchema } from 'meso-evidence/schema';
 * PmidSchema.parse('18349597');
 * ```
 */
export const PmidSchema = z
  .string()
  .regex(/^[1-9]\d{0,8}$/, { error: 'must be a PubMed id: digits only, like "18349597"' });

/**
 * Bibliographic data, in the fields CSL-JSON uses.
 *
 * @example
 * ```ts
 * import { CitationSchema } from 'meso-evidence/schema';
 * CitationSchema.parse({
 *   authors: [{ family: 'Park', given: 'SH' }], title: 'Effectiveness of mesotherapy on body contouring',
 *   journal: 'Plast Reconstr Surg', year: 2008,
 * });
 * ```
 */
export const CitationSchema = z.strictObject({
  /** Authors in the order printed. */
  authors: z.array(AuthorSchema).min(1),
  /** True when the list of authors is cut short ("et al."). */
  etAl: z.boolean().optional(),
  /** The article's title. */
  title: z.string().min(1),
  /** The journal, abbreviated as in PubMed (CSL `container-title-short`). */
  journal: z.string().min(1),
  /** Year of publication. */
  year: z.int().min(1900).max(2100),
  /** Volume. */
  volume: z.string().min(1).optional(),
  /** Issue. */
  issue: z.string().min(1).optional(),
  /** Page range or article number, as printed. */
  pages: z.string().min(1).optional(),
  /** DOI, without a resolver prefix. */
  doi: DoiSchema.optional(),
  /** PubMed id. */
  pmid: PmidSchema.optional(),
  /** A URL where the article can be read, when it has no DOI. */
  url: UrlSchema.optional(),
  /**
   * Why the study has neither a PMID nor a DOI (a journal PubMed does not index, a
   * record known only from citing sources). Required when both are missing.
   */
  noIdentifier: z.string().min(10).optional(),
});

/**
 * Bibliographic data, in the fields CSL-JSON uses.
 *
 * @example
 * ```ts
 * import type { Citation } from 'meso-evidence';
 * let value: Citation | undefined;
 * ```
 */
export type Citation = z.infer<typeof CitationSchema>;

/**
 * One outcome a study measured, and what it found.
 *
 * @example
 * ```ts
 * import { OutcomeSchema } from 'meso-evidence/schema';
 * OutcomeSchema.parse({ indication: 'localized-fat', measure: 'thigh circumference', result: 'null', summary: 'No difference between thighs.' });
 * ```
 */
export const OutcomeSchema = z.strictObject({
  /** The indication the outcome speaks to. */
  indication: IdSchema.optional(),
  /** What was measured. */
  measure: z.string().min(1),
  /** What was found. */
  result: StudyResultSchema,
  /** The finding in a sentence, with figures where the study gives them. */
  summary: z.string().min(1),
});

/**
 * One outcome a study measured, and what it found.
 *
 * @example
 * ```ts
 * import type { Outcome } from 'meso-evidence';
 * let value: Outcome | undefined;
 * ```
 */
export type Outcome = z.infer<typeof OutcomeSchema>;

/**
 * How another source describes the study, next to what the study actually did.
 *
 * @example
 * ```ts
 * import { DescriptionSchema } from 'meso-evidence/schema';
 * DescriptionSchema.parse({
 *   source: 'healthline-mesotherapy', language: 'en', text: 'a 2008 study of 20 women',
 *   accurate: true, note: 'Matches the study.',
 * });
 * ```
 */
export const DescriptionSchema = z.strictObject({
  /** The source that describes the study. */
  source: IdSchema,
  /** The language of the quoted text. */
  language: LanguageSchema,
  /** The source's words. */
  text: z.string().min(1),
  /** Whether the description matches what the study did. */
  accurate: z.boolean(),
  /** What differs, or why it matches. */
  note: z.string().min(1),
});

/**
 * How another source describes a study.
 *
 * @example
 * ```ts
 * import type { Description } from 'meso-evidence';
 * let value: Description | undefined;
 * ```
 */
export type Description = z.infer<typeof DescriptionSchema>;

/**
 * The size of a study: participants, and for reviews the number of studies pooled.
 *
 * @example
 * ```ts
 * import { SampleSizeSchema } from 'meso-evidence/schema';
 * SampleSizeSchema.parse({ participants: 512, studies: 7 });
 * ```
 */
export const SampleSizeSchema = z.strictObject({
  /** People included. */
  participants: z.int().min(1).optional(),
  /** Studies included (reviews and meta-analyses). */
  studies: z.int().min(1).optional(),
});

/**
 * The size of a study.
 *
 * @example
 * ```ts
 * import type { SampleSize } from 'meso-evidence';
 * let value: SampleSize | undefined;
 * ```
 */
export type SampleSize = z.infer<typeof SampleSizeSchema>;

/**
 * A study record: `data/studies/<first-author>-<year>.yaml`.
 *
 * @example
 * ```ts
 * import { StudySchema } from 'meso-evidence/schema';
 * const result = StudySchema.safeParse({ id: 'x-2020' });
 * result.success; // false: most fields are missing
 * ```
 */
export const StudySchema = z.strictObject({
  /** The id, first author and year: `park-2008`; also the file name. */
  id: IdSchema,
  /** Bibliographic data. */
  citation: CitationSchema,
  /** How the study was designed. */
  design: StudyDesignSchema,
  /** Whether the study had a control group (or, for a review, pooled controlled trials). */
  controlled: z.boolean(),
  /** How many took part. */
  sampleSize: SampleSizeSchema.optional(),
  /** Who took part. */
  population: z.string().min(1).optional(),
  /** The interventions the study is about. */
  interventions: z.array(IdSchema).min(1),
  /** The indications the study is about; empty for a safety study of any use. */
  indications: z.array(IdSchema),
  /** What was given, how and how often. */
  intervention: z.string().min(1),
  /** What it was compared with. */
  comparator: z.string().min(1).optional(),
  /** How long treatment lasted. */
  duration: z.string().min(1).optional(),
  /** How long participants were followed. */
  followUp: z.string().min(1).optional(),
  /** What was measured and found. */
  outcomes: z.array(OutcomeSchema).min(1),
  /** The study's overall result. */
  result: StudyResultSchema,
  /** The study in a sentence or two. */
  summary: LocalizedTextSchema,
  /** How other sources describe this study. */
  describedAs: z.array(DescriptionSchema).optional(),
  /** How the study's data were checked. */
  verification: VerificationSchema,
  /** Fields not verified, as paths like `citation.pmid`; they are shown as unverified. */
  unverifiedFields: z.array(z.string().regex(/^[a-zA-Z]+(?:\.[a-zA-Z]+)*$/)).optional(),
  /** Ids of sources where the study's data were checked (a PubMed record, a publisher page). */
  sources: z.array(IdSchema).optional(),
});

/**
 * A study record.
 *
 * @example
 * ```ts
 * import type { Study } from 'meso-evidence';
 * let value: Study | undefined;
 * ```
 */
export type Study = z.infer<typeof StudySchema>;
