/**
 * Sources: the documents facts come from (web pages, regulator documents, laws,
 * society statements). Studies are a kind of their own and may be cited as sources too.
 *
 * @module
 */
import * as z from 'zod';
import { IdSchema, IsoDateSchema, UrlSchema, VerificationSchema } from './common.js';

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
