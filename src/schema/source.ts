/**
 * Sources: the documents facts come from (web pages, regulator documents, laws,
 * society statements). Studies are a kind of their own and may be cited as sources too.
 *
 * @module
 */
import * as z from 'zod';
import { IdSchema, IsoDateSchema, UrlSchema, VerificationSchema } from './common.js';
import { DoiSchema, PmidSchema } from './study.js';

/**
 * What kind of document a source is.
 *
 * @example
 * ```ts
 * import { SourceTypeSchema } from 'meso-evidence/schema';
 * SourceTypeSchema.parse('regulator-document');
 * ```
 */
export const SourceTypeSchema = z.enum([
  'web-page',
  'journal-article',
  'regulator-document',
  'press-release',
  'law',
  'court-decision',
  'society-statement',
  'product-label',
  'clinic-page',
]);

/**
 * Identifiers that let anyone find a source's own text again: a PubMed id, a DOI, a
 * Lovdata id (`LOV-1999-07-02-64`), a Légifrance id (`JORFTEXT000023845272`), a court's
 * case number (`349431`), or an FDA application number (`NDA 206333`). A source marked
 * `verified` needs a `url` or one of these.
 *
 * @example
 * ```ts
 * import { SourceIdentifiersSchema } from 'meso-evidence/schema';
 * SourceIdentifiersSchema.parse({ legifrance: 'JORFTEXT000023845272' });
 * ```
 */
export const SourceIdentifiersSchema = z
  .strictObject({
    /** PubMed id. */
    pmid: PmidSchema.optional(),
    /** DOI, without a resolver prefix. */
    doi: DoiSchema.optional(),
    /** Lovdata's id of a Norwegian law or regulation, such as `LOV-1999-07-02-64`. */
    lovdata: z
      .string()
      .regex(/^(?:LOV|FOR)-\d{4}-\d{2}-\d{2}-\d+$/, { error: 'must be a Lovdata id like "LOV-1999-07-02-64"' })
      .optional(),
    /** Légifrance's id of a French text or decision, such as `JORFTEXT000023845272`. */
    legifrance: z
      .string()
      .regex(/^[A-Z]+TEXT\d{12}$/, { error: 'must be a Légifrance id like "JORFTEXT000023845272"' })
      .optional(),
    /** A court's case number, as the court writes it (`349431` for the Conseil d'État). */
    caseNumber: z.string().min(1).optional(),
    /** An FDA application number: `NDA 206333`, `ANDA 074588`, `BLA 761146`. */
    fdaApplication: z
      .string()
      .regex(/^(?:NDA|ANDA|BLA) \d{6}$/, { error: 'must be an FDA application number like "NDA 206333"' })
      .optional(),
  })
  .refine((ids) => Object.keys(ids).length > 0, {
    error: 'must hold at least one identifier, or be left out',
  });

/**
 * Identifiers of a source.
 *
 * @example
 * ```ts
 * import type { SourceIdentifiers } from 'meso-evidence';
 * let value: SourceIdentifiers | undefined;
 * ```
 */
export type SourceIdentifiers = z.infer<typeof SourceIdentifiersSchema>;

/**
 * A source record: `data/sources/<id>.yaml`.
 *
 * @example
 * ```ts
 * import { SourceSchema } from 'meso-evidence/schema';
 * SourceSchema.parse({
 *   id: 'healthline-mesotherapy', type: 'web-page',
 *   title: 'Mesotherapy: What It Is, Cost, Procedure, Risks', publisher: 'Healthline',
 *   url: 'https://www.healthline.com/health/mesotherapy', language: 'en', verification: 'verified',
 * });
 * ```
 */
export const SourceSchema = z.strictObject({
  /** The id; also the file name. */
  id: IdSchema,
  /** What kind of document this is. */
  type: SourceTypeSchema,
  /** The document's title, in its own language. */
  title: z.string().min(1),
  /** Who wrote it, when it names a person or body. */
  author: z.string().min(1).optional(),
  /** Who published it. */
  publisher: z.string().min(1).optional(),
  /** Where it can be read. */
  url: UrlSchema.optional(),
  /** Identifiers of the document (PMID, DOI, Lovdata, Légifrance, case number, FDA application). */
  identifiers: SourceIdentifiersSchema.optional(),
  /** When it was published or issued. */
  date: IsoDateSchema.optional(),
  /** When it was last read by a contributor. */
  accessed: IsoDateSchema.optional(),
  /** The document's language (ISO 639-1). */
  language: z.string().regex(/^[a-z]{2}$/, { error: 'must be a two-letter ISO 639-1 code such as "en", "nb" or "fr"' }),
  /** Whether the contributor read the document itself (`verified`), only a copy of it (`secondary`), or neither. */
  verification: VerificationSchema,
  /** Anything a reader should know about this source. */
  note: z.string().min(1).optional(),
});

/**
 * A source record: a document facts come from.
 *
 * @example
 * ```ts
 * import type { Source } from 'meso-evidence';
 * let value: Source | undefined;
 * ```
 */
export type Source = z.infer<typeof SourceSchema>;
