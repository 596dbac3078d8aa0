/**
 * Findings: a claim found in a text, judged against the knowledge base. The shape
 * is the contract of the CLI's JSON output.
 *
 * @module
 */
import type { Claim, Verdict } from '../evidence/claim.js';
import type { Certainty, Direction } from '../schema/evidence.js';
import type { LanguageCode } from '../schema/language.js';

/**
 * A place in the input: 1-based line and column, 0-based offset.
 *
 * @example
 * ```ts
 * import type { Point } from 'meso-evidence/factcheck';
 * const point: Point = { line: 12, column: 5, offset: 301 };
 * ```
 */
export interface Point {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** 0-based offset in the input string. */
  readonly offset: number;
}

/**
 * A stretch of the input, from `start` to `end` (exclusive).
 *
 * @example
 * ```ts
 * import type { Span } from 'meso-evidence/factcheck';
 * const span: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 6, offset: 5 } };
 * ```
 */
export interface Span {
  /** Where the claim's text starts. */
  readonly start: Point;
  /** Where it ends (exclusive). */
  readonly end: Point;
}

/**
 * The assessment behind a verdict, in brief.
 *
 * @example
 * ```ts
 * import type { FindingAssessment } from 'meso-evidence/factcheck';
 * const a: FindingAssessment = { direction: 'insufficient', certainty: 'very-low' };
 * ```
 */
export interface FindingAssessment {
  /** What the evidence shows. */
  readonly direction: Direction;
  /** GRADE certainty. */
  readonly certainty: Certainty;
}

/**
 * One claim found in a text, with its verdict and the records behind it.
 *
 * @example
 * ```ts
 * import { factCheck } from 'meso-evidence/factcheck';
 * const [finding] = factCheck('Mesotherapy smooths cellulite.', { format: 'text' }).findings;
 * finding?.verdict; // 'overstated'
 * ```
 */
export interface Finding {
  /** The claim. */
  readonly claim: Claim;
  /** How it stands against the knowledge base. */
  readonly verdict: Verdict;
  /** The input's text the claim was read from (exactly `input.slice(start.offset, end.offset)`). */
  readonly text: string;
  /** Where that text is in the input. */
  readonly position: Span;
  /** The assessment behind the verdict, or null when the verdict rests on other records. */
  readonly assessment: FindingAssessment | null;
  /** Ids of the knowledge base's records behind the verdict. */
  readonly citations: readonly string[];
  /** Ids of the studies the text itself mentions with the claim. */
  readonly refersTo: readonly string[];
  /** The verdict explained in a sentence, in the text's language. */
  readonly message: string;
}

/**
 * Something the reader of a report should know besides the findings: here, a stretch
 * of the input in a language the engine does not read, whose claims were not checked.
 *
 * @example
 * ```ts
 * import { factCheck } from 'meso-evidence/factcheck';
 * const [notice] = factCheck('Behandlingen fjerner fedt og er helt uden bivirkninger.', { format: 'text' }).notices;
 * notice?.language; // 'da'
 * ```
 */
export interface Notice {
  /** What the notice is about. */
  readonly type: 'unsupported-language';
  /** The language of the stretch. */
  readonly language: LanguageCode;
  /** Where the stretch is in the input. */
  readonly position: Span;
  /** The notice in a sentence, in the document's language (English when the engine does not read it). */
  readonly message: string;
}
