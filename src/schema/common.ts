/**
 * Building blocks shared by every record schema: ids, dates, localized text,
 * names with synonyms, source references and verification status.
 *
 * @module
 */
import * as z from 'zod';

/**
 * Pattern every record id follows: lower-case words joined by single hyphens.
 *
 * @example
 * ```ts
 * import { ID_PATTERN } from 'meso-evidence/schema';
 * ID_PATTERN.test('park-2008'); // true
 * ```
 */
export const ID_PATTERN: RegExp = Object.freeze(
  // compile() would change the pattern in place before failing on the frozen lastIndex.
  Object.defineProperty(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'compile', {
    value: () => {
      throw new TypeError('ID_PATTERN is frozen: make a new RegExp instead');
    },
  }),
);

/**
 * A record id, such as `park-2008` or `mesotherapy`. It is also the record's file name.
 *
 * @example
 * ```ts
 * import { IdSchema } from 'meso-evidence/schema';
 * IdSchema.parse('park-2008'); // 'park-2008'
 * ```
 */
// zod writes the pattern's lastIndex, so it gets a private copy, and ID_PATTERN stays frozen for callers.
export const IdSchema = z.string().regex(new RegExp(ID_PATTERN.source), {
  error: 'must be lower-case letters and digits joined by single hyphens, like "park-2008"',
});

/**
 * A language the knowledge base has text in: English (`en`) or Norwegian bokmål (`nb`).
 *
 * @example
 * ```ts
 * import { LanguageSchema } from 'meso-evidence/schema';
 * LanguageSchema.parse('nb'); // 'nb'
 * ```
 */
export const LanguageSchema = z.enum(['en', 'nb']);

/**
 * A language the knowledge base has text in: `en` or `nb`.
 *
 * @example
 * ```ts
 * import type { Language } from 'meso-evidence';
 * let value: Language | undefined;
 * ```
 */
export type Language = z.infer<typeof LanguageSchema>;

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * An ISO 8601 calendar date kept as a string: `2015-04-29`, or `2015-04` / `2015`
 * when the source gives no more.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'meso-evidence/schema';
 * IsoDateSchema.parse('2015-04-29'); // '2015-04-29'
 * IsoDateSchema.safeParse('2015-02-30').success; // false
 * ```
 */
export const IsoDateSchema = z
  .string()
  .regex(DATE_PATTERN, { error: 'must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY' })
  .refine(isRealDate, { error: 'is not a real calendar date' });

/**
 * Text in English, with a Norwegian bokmål version where one has been written.
 *
 * @example
 * ```ts
 * import { LocalizedTextSchema } from 'meso-evidence/schema';
 * LocalizedTextSchema.parse({ en: 'Hair loss', nb: 'Hårtap' });
 * ```
 */
export const LocalizedTextSchema = z.strictObject({
  /** English text. */
  en: z.string().min(1),
  /** Norwegian bokmål text. */
  nb: z.string().min(1).optional(),
});

/**
 * Text in English, with a Norwegian bokmål version where one has been written.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from 'meso-evidence';
 * let value: LocalizedText | undefined;
 * ```
 */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * A phrase the fact-check engine looks for. Words are matched case- and
 * diacritic-insensitively, with the language's inflection endings. A leading or
 * trailing `*` also matches the phrase inside a compound word: `hårtap*` matches
 * "hårtapbehandling", `*fett` matches "magefett".
 *
 * @example
 * ```ts
 * import { PhraseSchema } from 'meso-evidence/schema';
 * PhraseSchema.parse('cellulitt*');
 * ```
 */
export const PhraseSchema = z
  .string()
  .min(1)
  .regex(/^\*?[^*\s](?:[^*]*[^*\s])?\*?$/, {
    error: 'must be words with no leading or trailing space; "*" may stand only at the very start or end',
  });

/**
 * Names and synonyms per language. The first name in each list is the label shown
 * to people; all of them are what the fact-check engine recognises in text.
 *
 * @example
 * ```ts
 * import { NamesSchema } from 'meso-evidence/schema';
 * NamesSchema.parse({ en: ['cellulite'], nb: ['cellulitt', 'cellulitt*'] });
 * ```
 */
export const NamesSchema = z.strictObject({
  /** English names; the first is the label. */
  en: z.array(PhraseSchema).min(1),
  /** Norwegian bokmål names; the first is the label. */
  nb: z.array(PhraseSchema).min(1),
});

/**
 * Names and synonyms per language; the first in each list is the label.
 *
 * @example
 * ```ts
 * import type { Names } from 'meso-evidence';
 * let value: Names | undefined;
 * ```
 */
export type Names = z.infer<typeof NamesSchema>;

/**
 * How a fact was checked: `verified` against a stored copy of the source itself,
 * `secondary` only against a page that copies the source, `unverified` not at all.
 *
 * @example
 * ```ts
 * import { VerificationSchema } from 'meso-evidence/schema';
 * VerificationSchema.parse('secondary');
 * ```
 */
export const VerificationSchema = z.enum(['verified', 'secondary', 'unverified']);

/**
 * How a fact was checked: `verified`, `secondary` or `unverified`.
 *
 * @example
 * ```ts
 * import type { Verification } from 'meso-evidence';
 * let value: Verification | undefined;
 * ```
 */
export type Verification = z.infer<typeof VerificationSchema>;

/**
 * The ids of the records (sources or studies) a fact comes from. At least one.
 *
 * @example
 * ```ts
 * import { SourceRefsSchema } from 'meso-evidence/schema';
 * SourceRefsSchema.parse(['healthline-mesotherapy']);
 * ```
 */
export const SourceRefsSchema = z.array(IdSchema).min(1, { error: 'must name at least one source' });

/**
 * An http(s) URL.
 *
 * @example
 * ```ts
 * import { UrlSchema } from 'meso-evidence/schema';
 * UrlSchema.parse('https://pubmed.ncbi.nlm.nih.gov/18349597/');
 * ```
 */
export const UrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/**
 * A fact with its sources and how it was verified: the shape every sourced
 * fact inside a record shares.
 *
 * @example
 * ```ts
 * import { SourcedSchema } from 'meso-evidence/schema';
 * SourcedSchema.parse({ sources: ['healthline-mesotherapy'], verification: 'secondary' });
 * ```
 */
export const SourcedSchema = z.strictObject({
  /** Ids of the sources or studies this fact comes from. */
  sources: SourceRefsSchema,
  /** How the fact was checked against those sources. */
  verification: VerificationSchema,
});

/**
 * Whom a record is limited to. `sex`: `female` or `male`. Leaving the population
 * out means "anyone": an indication defined for everyone, an approval for everyone.
 *
 * @example
 * ```ts
 * import { PopulationSchema } from 'meso-evidence/schema';
 * PopulationSchema.parse({ sex: 'male' });
 * ```
 */
export const PopulationSchema = z.strictObject({
  /** The sex the record is limited to. */
  sex: z.enum(['female', 'male']),
});

/**
 * Whom a record is limited to: `{ sex: 'female' | 'male' }`.
 *
 * @example
 * ```ts
 * import type { Population } from 'meso-evidence';
 * let value: Population | undefined;
 * ```
 */
export type Population = z.infer<typeof PopulationSchema>;
