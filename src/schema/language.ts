/**
 * Language profiles and messages: what the fact-check engine knows about a language
 * (how words inflect and fold, whether compounds are written as one word, which words
 * tell it from its neighbours) and the words it shows people in it (verdict labels,
 * notices, the CLI's labels). Adding a language is data: a profile, messages and cue
 * phrases, never TypeScript.
 *
 * @module
 */
import * as z from 'zod';

/**
 * A language code: ISO 639-1 (two letters), or ISO 639-3 where there is none.
 *
 * @example
 * ```ts
 * import { LanguageCodeSchema } from 'meso-evidence/schema';
 * LanguageCodeSchema.parse('nb'); // 'nb'
 * ```
 */
export const LanguageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, { error: 'must be an ISO 639 language code such as "en", "nb" or "da"' });

/**
 * A language code such as `en`, `nb` or `da`. The bundled data reads `en` and `nb`;
 * a data directory may add more.
 *
 * @example
 * ```ts
 * import type { LanguageCode } from 'meso-evidence';
 * const code: LanguageCode = 'da';
 * ```
 */
export type LanguageCode = 'en' | 'nb' | (string & {});

const LetterSchema = z.string().regex(/^\p{L}$/u, { error: 'must be one letter' });

/**
 * A language profile: `data/languages/<code>.yaml`.
 *
 * @example
 * ```ts
 * import { LanguageProfileSchema } from 'meso-evidence/schema';
 * LanguageProfileSchema.parse({ id: 'da', name: 'Danish', read: false,
 *   detection: { words: ['ikke', 'af', 'hvad'] } }).read; // false
 * ```
 */
export const LanguageProfileSchema = z.strictObject({
  /** The language code; also the file name. */
  id: LanguageCodeSchema,
  /** The language's name in English, for contributors and messages without a translation. */
  name: z.string().min(1),
  /**
   * Whether the engine reads claims in this language. `false`: the language is only
   * detected, and a text in it gets a notice instead of findings (it needs cue phrases and
   * messages first).
   */
  read: z.boolean(),
  /** Word endings stripped before words are compared (the longest that leaves three letters or more). */
  inflection: z.array(z.string().min(1)).optional(),
  /** Letters whose accent is part of the letter and is kept when folding ("å": "hår" is not "har"). */
  keepMarks: z.array(LetterSchema).optional(),
  /** Letters written for another letter of the language: `ö: ø` (Swedish and German spelling of Norwegian words). */
  folds: z.record(LetterSchema, LetterSchema).optional(),
  /** Plain-letter spellings for search, when a user types without the language's letters: `ø: o`, `æ: ae`. */
  searchFolds: z.record(LetterSchema, z.string().regex(/^[a-z]{1,2}$/)).optional(),
  /** Whether compounds are written as one word, so two words written apart may be read as one ("hår tap"). */
  compounds: z.boolean().optional(),
  /**
   * Whether a main clause puts its verb second, so that a sentence opening with a time or place puts
   * the subject after the verb ("Etter kuren er huden strammere"): a quality is then read with the word
   * right after a linking verb ("huden … strammere": "strammere hud").
   */
  verbSecond: z.boolean().optional(),
  /** What tells a text in this language from its neighbours. */
  detection: z.strictObject({
    /** Common words (function words) of the language, as written. */
    words: z.array(z.string().regex(/^\p{L}+$/u, { error: 'must be one word' })).min(1),
    /** Words that set it apart from the languages nearest it (counted three times). */
    distinctive: z.array(z.string().regex(/^\p{L}+$/u, { error: 'must be one word' })).optional(),
    /** Letters that point to the language (each occurrence counts half a word). */
    letters: z.array(LetterSchema).optional(),
  }),
});

/**
 * A language profile.
 *
 * @example
 * ```ts
 * import type { LanguageProfile } from 'meso-evidence';
 * let value: LanguageProfile | undefined;
 * ```
 */
export type LanguageProfile = z.infer<typeof LanguageProfileSchema>;

const text = z.string().min(1);

/**
 * The words shown to people in one language: `data/messages/<code>.yaml`. `{name}` in a
 * text is replaced by a value.
 *
 * @example
 * ```ts
 * import { MessagesSchema } from 'meso-evidence/schema';
 * MessagesSchema.shape.verdicts.parse({ supported: 'Støttet', overstated: 'Overdrevet',
 *   contradicted: 'Motsagt', unverifiable: 'Kan ikke etterprøves' }).supported; // 'Støttet'
 * ```
 */
export const MessagesSchema = z.strictObject({
  /** The language code; also the file name. */
  id: LanguageCodeSchema,
  /** Verdict labels, as in "Overstated: …". */
  verdicts: z.strictObject({
    /** `supported`. */
    supported: text,
    /** `overstated`. */
    overstated: text,
    /** `contradicted`. */
    contradicted: text,
    /** `unverifiable`. */
    unverifiable: text,
  }),
  /** GRADE certainty words, as in "evidence of low certainty". */
  certainty: z.strictObject({
    /** `high`. */
    high: text,
    /** `moderate`. */
    moderate: text,
    /** `low`. */
    low: text,
    /** `very-low`. */
    'very-low': text,
  }),
  /** Names of languages in this language, by code. */
  languages: z.record(LanguageCodeSchema, text),
  /** Notices about a whole text or a part of it. */
  notices: z.strictObject({
    /** A text (or part) in a language the engine does not read: `{language}`, `{lines}`. */
    'unsupported-language': text,
  }),
  /** Labels of the command-line tool. */
  cli: z.strictObject({
    /** "no claims found" after a file name. */
    'no-claims': text,
    /** "direction" of an assessment. */
    direction: text,
    /** "certainty". */
    certainty: text,
    /** "verification". */
    verification: text,
    /** "found via" (an assessment found through a parent indication). */
    'found-via': text,
    /** Heading of a list of studies. */
    studies: text,
    /** Heading of a list of statements. */
    statements: text,
    /** "design" of a study. */
    design: text,
    /** "controlled". */
    controlled: text,
    /** "uncontrolled". */
    uncontrolled: text,
    /** "participants". */
    participants: text,
    /** "not reported". */
    'not-reported': text,
    /** "result". */
    result: text,
    /** "about". */
    about: text,
    /** "unverified" (fields). */
    unverified: text,
    /** "studies pooled". */
    'studies-pooled': text,
    /** "duration". */
    duration: text,
    /** "follow-up". */
    'follow-up': text,
    /** Heading of a list of outcomes. */
    outcomes: text,
    /** "Cited by". */
    'cited-by': text,
    /** "Described as". */
    'described-as': text,
    /** "type" of an intervention. */
    type: text,
    /** "invasiveness". */
    invasiveness: text,
    /** "sessions". */
    sessions: text,
    /** "minutes a session". */
    'session-minutes': text,
    /** "downtime (days)". */
    'downtime-days': text,
    /** "adverse effects documented". */
    'adverse-effects': text,
    /** "Less invasive". */
    'less-invasive': text,
    /** "Nothing found for {query}." */
    'nothing-found': text,
  }),
});

/**
 * The words shown to people in one language.
 *
 * @example
 * ```ts
 * import type { Messages } from 'meso-evidence';
 * let value: Messages | undefined;
 * ```
 */
export type Messages = z.infer<typeof MessagesSchema>;
