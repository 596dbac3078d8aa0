/**
 * The fact-check pipeline: text → blocks → claims → verdicts → findings.
 *
 * @module
 */
import type { Block } from '../claims/block.js';
import { toSourceOffset } from '../claims/block.js';
import { extractClaims } from '../claims/extract.js';
import { buildLexicon, type Lexicon } from '../claims/lexicon.js';
import type { Claim } from '../evidence/claim.js';
import type { Judgement } from '../evidence/judge.js';
import { cues as bundledCues } from '../generated/cues.js';
import { knowledgeBase as bundled } from '../index.js';
import type { Language } from '../schema/common.js';
import type { Dataset } from '../schema/kinds.js';
import type { Study } from '../schema/study.js';
import type { Finding, Point } from './finding.js';
import { detectLanguage } from './language.js';
import { chunkedMarkdownBlocks } from './markdown-chunks.js';
import { textBlocks } from './text-blocks.js';
import { expectArray, expectShape, expectString, ownOptions } from '../guard.js';

/**
 * What the fact-check engine needs of a knowledge base: its records, and its
 * verdicts. The bundled `knowledgeBase` and any built with `createKnowledgeBase` fit.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import type { FactCheckKnowledgeBase } from 'meso-evidence/factcheck';
 * const kb: FactCheckKnowledgeBase = knowledgeBase;
 * ```
 */
export interface FactCheckKnowledgeBase {
  /** The records. */
  readonly dataset: Dataset;
  /** Judges a claim; the verdict rules live there. */
  judge(claim: Claim): Judgement;
}

/**
 * Options for {@link factCheck}.
 *
 * @example
 * ```ts
 * import type { FactCheckOptions } from 'meso-evidence/factcheck';
 * const options: FactCheckOptions = { format: 'markdown', language: 'nb' };
 * ```
 */
export interface FactCheckOptions {
  /** How to read the input: Markdown (default) or plain text. */
  readonly format?: 'markdown' | 'text';
  /** The input's language; detected when not given. */
  readonly language?: Language;
  /** The knowledge base to judge against; the bundled one by default. */
  readonly knowledgeBase?: FactCheckKnowledgeBase;
}

/**
 * The result of a fact-check: the language read and the findings, in input order.
 *
 * @example
 * ```ts
 * import type { FactCheckReport } from 'meso-evidence/factcheck';
 * const empty: FactCheckReport = { language: 'en', findings: [] };
 * ```
 */
export interface FactCheckReport {
  /** The language the input was read in. */
  readonly language: Language;
  /** One finding per claim. */
  readonly findings: readonly Finding[];
}

interface Engine {
  readonly lexicons: Map<Language, Lexicon>;
  readonly studiesByYear: ReadonlyMap<number, readonly Study[]>;
  readonly studiesBySubject: ReadonlyMap<string, readonly Study[]>;
}

const engines = new WeakMap<Dataset, Engine>();
const withVocabulary = new WeakMap<Dataset, Dataset>();

/**
 * The records the engine reads with: the knowledge base's own, plus the bundled cue
 * vocabulary when it has none (the bundled knowledge base ships its cues with this
 * entry point, and a user's data may leave them out).
 *
 * @param dataset - A knowledge base's records.
 * @returns The same records, with cues.
 * @internal
 */
export function readable(dataset: Dataset): Dataset {
  if (dataset.cues.length > 0) return dataset;
  let full = withVocabulary.get(dataset);
  if (!full) withVocabulary.set(dataset, (full = { ...dataset, cues: bundledCues }));
  return full;
}

function engineFor(dataset: Dataset): Engine {
  let engine = engines.get(dataset);
  if (!engine) {
    const studiesByYear = new Map<number, Study[]>();
    const studiesBySubject = new Map<string, Study[]>();
    const add = <K>(map: Map<K, Study[]>, key: K, study: Study): void => {
      const list = map.get(key) ?? [];
      list.push(study);
      map.set(key, list);
    };
    for (const study of dataset.studies) {
      add(studiesByYear, study.citation.year, study);
      for (const subject of study.interventions) add(studiesBySubject, subject, study);
    }
    engine = { lexicons: new Map(), studiesByYear, studiesBySubject };
    engines.set(dataset, engine);
  }
  return engine;
}

function lexiconFor(dataset: Dataset, language: Language): Lexicon {
  const engine = engineFor(dataset);
  let lexicon = engine.lexicons.get(language);
  if (!lexicon) engine.lexicons.set(language, (lexicon = buildLexicon(dataset, language)));
  return lexicon;
}

/**
 * Finds the health claims in a Markdown or plain-text document, English or
 * Norwegian bokmål, and judges each against the knowledge base. Positions point into
 * the input as given; the same input always gives the same findings.
 *
 * @param input - The document.
 * @param options - Format, language, knowledge base.
 * @returns The language read and the findings.
 * @throws TypeError when `input` is not a string.
 * @example
 * ```ts
 * import { factCheck } from 'meso-evidence/factcheck';
 * const report = factCheck('Mesoterapi er ikke godkjent av FDA.', { format: 'text' });
 * report.language; // 'nb'
 * report.findings[0]?.verdict; // 'supported'
 * ```
 */
export function factCheck(input: string, given: FactCheckOptions = {}): FactCheckReport {
  if (typeof input !== 'string')
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything; the check is the public boundary
    throw new TypeError(`factCheck: input must be a string, not ${input === null ? 'null' : typeof input}`);
  const options = ownOptions(given);
  const kb = options.knowledgeBase ?? bundled;
  const language = options.language ?? detectLanguage(input, readable(kb.dataset));
  // Markdown is read in pieces, so parsing stays linear; a piece past the parser's safe
  // limits (hostile nesting, thousands of delimiters) is read as plain text.
  const blocks: Block[] = options.format === 'text' ? textBlocks(input) : chunkedMarkdownBlocks(input);
  return { language, findings: judgeBlocks(blocks, input, language, kb) };
}

/**
 * The second half of {@link factCheck}, for callers that already have blocks (the
 * remark plugin): finds the claims in them and judges each.
 *
 * @param blocks - The document's blocks.
 * @param input - The source the blocks point into.
 * @param language - The language to read in.
 * @param kb - The knowledge base to judge against.
 * @returns The findings, in input order.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { judgeBlocks, textBlocks } from 'meso-evidence/factcheck';
 * const input = 'Mesotherapy is not FDA-approved.';
 * judgeBlocks(textBlocks(input), input, 'en', knowledgeBase)[0]?.verdict; // 'supported'
 * ```
 */
export function judgeBlocks(
  blocks: readonly Block[],
  input: string,
  language: Language,
  kb: FactCheckKnowledgeBase,
): Finding[] {
  expectArray('judgeBlocks', 'blocks', blocks);
  expectString('judgeBlocks', 'input', input);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything; the check is the public boundary
  if (language !== 'en' && language !== 'nb')
    throw new TypeError(
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify gives undefined for undefined and functions
      `judgeBlocks: language must be 'en' or 'nb', not ${JSON.stringify(language) ?? typeof language}`,
    );
  expectShape('judgeBlocks', 'kb', kb, { dataset: 'object', judge: 'function' }, 'a knowledge base');
  const dataset = readable(kb.dataset);
  const engine = engineFor(dataset);
  const extracted = extractClaims(blocks, lexiconFor(dataset, language), engine.studiesByYear, engine.studiesBySubject);
  const locate = pointLocator(input);
  const judged = new Map<string, Judgement>();
  const findings: Finding[] = [];
  // One finding per claim and line: a claim repeated on the same line (two sentences run
  // together) is one finding, with the study mentions of both.
  const byLine = new Map<string, number>();
  for (const found of extracted) {
    const block = blocks[found.block] as Block;
    const startOffset = toSourceOffset(block, found.start, 'start');
    const endOffset = Math.max(startOffset, toSourceOffset(block, found.end, 'end'));
    const start = locate(startOffset);
    const claimKey = `${found.claim.subject}|${found.claim.predicate}|${found.claim.object ?? ''}`;
    const lineKey = `${start.line}|${claimKey}|${found.claim.polarity === 'affirm'}`;
    const earlier = byLine.get(lineKey);
    if (earlier !== undefined) {
      const kept = findings[earlier] as Finding;
      findings[earlier] = { ...kept, refersTo: [...new Set([...kept.refersTo, ...found.refersTo])] };
      continue;
    }
    const key = `${claimKey}|${found.claim.polarity}`;
    const judgement = judged.get(key) ?? kb.judge(found.claim);
    judged.set(key, judgement);
    byLine.set(lineKey, findings.length);
    findings.push({
      claim: found.claim,
      verdict: judgement.verdict,
      text: input.slice(startOffset, endOffset),
      position: { start, end: locate(endOffset) },
      assessment: judgement.assessment
        ? { direction: judgement.assessment.direction, certainty: judgement.assessment.certainty }
        : null,
      citations: [...judgement.citations],
      refersTo: [...found.refersTo],
      message: judgement.explanation[language],
    });
  }
  return findings;
}

/** Maps offsets to 1-based line and column. Lines end at LF, CRLF or a lone CR, as in remark and vfile. */
function pointLocator(text: string): (offset: number) => Point {
  const lineStarts = [0];
  for (const match of text.matchAll(/\r\n?|\n/g)) lineStarts.push(match.index + match[0].length);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1, offset };
  };
}
