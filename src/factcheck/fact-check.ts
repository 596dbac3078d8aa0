/**
 * The fact-check pipeline: text → blocks → claims → verdicts → findings.
 *
 * @module
 */
import type { Block } from '../claims/block.js';
import { toSourceOffset } from '../claims/block.js';
import { extractClaims } from '../claims/extract.js';
import { buildLexicon, lexiconFrom, type Lexicon } from '../claims/lexicon.js';
import { foldingOf } from '../claims/fold.js';
import type { Claim } from '../evidence/claim.js';
import type { Judgement } from '../evidence/judge.js';
import { cues as bundledCues } from '../generated/cues.js';
import { languages as bundledLanguages, messages as bundledMessages } from '../generated/languages.js';
import { knowledgeBase as bundled } from '../index.js';
import type { Dataset } from '../schema/kinds.js';
import type { LanguageCode, Messages } from '../schema/language.js';
import type { Study } from '../schema/study.js';
import type { Finding, Notice, Point } from './finding.js';
import { blockLanguages, detectLanguage, languageDetector, mainLanguage } from './language.js';
import { chunkedMarkdownBlocks } from './markdown-chunks.js';
import { normalizeBlock } from './normalize.js';
import { fillMessage } from '../messages/messages.js';
import { textBlocks } from './text-blocks.js';
import { bundledLexicon, markBundled } from './prebuilt.js';
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
  /**
   * The input's language: every block is read in it. When not given, the language of
   * each block is detected, and a block in a language the engine does not read gets a
   * notice instead of findings.
   */
  readonly language?: LanguageCode;
  /** The knowledge base to judge against; the bundled one by default. */
  readonly knowledgeBase?: FactCheckKnowledgeBase;
}

/**
 * The result of a fact-check: the document's language, the findings, and notices (such
 * as a part in a language the engine does not read), each in input order.
 *
 * @example
 * ```ts
 * import type { FactCheckReport } from 'meso-evidence/factcheck';
 * const empty: FactCheckReport = { language: 'en', findings: [], notices: [] };
 * ```
 */
export interface FactCheckReport {
  /** The document's language (of most of it); blocks in another language are read in theirs. */
  readonly language: LanguageCode;
  /** One finding per claim. */
  readonly findings: readonly Finding[];
  /** What the reader should know besides the findings: parts that were not read, and why. */
  readonly notices: readonly Notice[];
}

interface Engine {
  readonly lexicons: Map<LanguageCode, Lexicon>;
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
  const languages = dataset.languages as Dataset['languages'] | undefined;
  const messages = dataset.messages as Dataset['messages'] | undefined;
  if (dataset.cues.length > 0 && languages && languages.length > 0 && messages && messages.length > 0) return dataset;
  let full = withVocabulary.get(dataset);
  if (!full) {
    full = {
      ...dataset,
      cues: dataset.cues.length > 0 ? dataset.cues : bundledCues,
      languages: languages && languages.length > 0 ? languages : bundledLanguages,
      messages: messages && messages.length > 0 ? messages : bundledMessages,
    };
    withVocabulary.set(dataset, full);
  }
  return full;
}

/**
 * The messages of a language in a dataset, English's when it has none.
 *
 * @internal
 */
export function messagesFor(dataset: Dataset, language: LanguageCode): Messages {
  const all = readable(dataset).messages;
  return (all.find((m) => m.id === language) ?? all.find((m) => m.id === 'en') ?? bundledMessages[0]) as Messages;
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

function lexiconFor(dataset: Dataset, language: LanguageCode): Lexicon {
  const engine = engineFor(dataset);
  let lexicon = engine.lexicons.get(language);
  if (!lexicon) {
    // The bundled knowledge base's lexicons were compiled at build time.
    const data = bundledLexicon(dataset, language);
    lexicon = data ? lexiconFrom(data, foldingOf(dataset.languages)) : buildLexicon(dataset, language);
    engine.lexicons.set(language, lexicon);
  }
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
export function factCheck(input: string, options: FactCheckOptions = {}): FactCheckReport {
  if (typeof input !== 'string')
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything; the check is the public boundary
    throw new TypeError(`factCheck: input must be a string, not ${input === null ? 'null' : typeof input}`);
  // Own properties only: a polluted Object.prototype must not set an option.
  options = ownOptions(options);
  // Markdown is read in pieces, so parsing stays linear; a piece past the parser's safe
  // limits (hostile nesting, thousands of delimiters) is read as plain text.
  const blocks: Block[] = ownOption(options, 'format') === 'text' ? textBlocks(input) : chunkedMarkdownBlocks(input);
  return checkBlocks(blocks, input, options);
}

function ownOption<K extends keyof FactCheckOptions>(options: FactCheckOptions, key: K): FactCheckOptions[K] {
  return Object.prototype.hasOwnProperty.call(options, key) ? options[key] : undefined;
}

/**
 * The part of {@link factCheck} after parsing, for callers that already have blocks (the
 * remark plugin): normalises each block for reading, tells each block's language (unless
 * one is given), reads the claims of the blocks in languages the engine reads, judges
 * them, and gives a notice for each stretch in a language it does not read.
 *
 * @param blocks - The document's blocks.
 * @param input - The source the blocks point into.
 * @param options - Language and knowledge base (`format` is not used).
 * @returns The report.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { checkBlocks } from './fact-check.js';
 * import { textBlocks } from './text-blocks.js';
import { bundledLexicon, markBundled } from './prebuilt.js';
 * const input = 'Mesotherapy is not FDA-approved.\n\nMesoterapi fjerner fett.';
 * checkBlocks(textBlocks(input), input).findings.map((f) => f.claim.predicate); // ['fda-approved', 'effective-for']
 * ```
 */
export function checkBlocks(
  blocks: readonly Block[],
  input: string,
  options: Omit<FactCheckOptions, 'format'> = {},
): FactCheckReport {
  expectArray('checkBlocks', 'blocks', blocks);
  expectString('checkBlocks', 'input', input);
  const kb = ownOption(options, 'knowledgeBase') ?? bundled;
  expectShape('checkBlocks', 'kb', kb, { dataset: 'object', judge: 'function' }, 'a knowledge base');
  const dataset = readable(kb.dataset);
  if (kb === bundled) markBundled(dataset);
  const detector = languageDetector(dataset);
  const read = blocks.map(normalizeBlock);
  const given = ownOption(options, 'language');
  const told = given ?? detectLanguage(read.map((b) => b.text).join('\n\n'), dataset);
  const languages =
    given === undefined
      ? blockLanguages(
          read.map((b) => b.text),
          told,
          detector,
        )
      : read.map(() => given);
  const language =
    given ??
    mainLanguage(
      read.map((b) => b.text),
      languages,
      told,
    );
  const findings: Finding[] = [];
  const notices: Notice[] = [];
  const locate = pointLocator(input);
  // Runs of blocks in one language, each read on its own.
  for (let start = 0; start < read.length;) {
    const code = languages[start] as LanguageCode;
    let end = start + 1;
    while (end < read.length && languages[end] === code) end++;
    const run = read.slice(start, end).map((block) => rebaseLeadIn(block, start));
    if (detector.read.has(code))
      for (const finding of judgeBlocks(run, input, code, kb, locate)) findings.push(finding);
    else if (run.some((block) => /\p{L}/u.test(block.text)))
      notices.push(unsupported(run, code, language, dataset, locate));
    start = end;
  }
  findings.sort((a, b) => a.position.start.offset - b.position.start.offset);
  return { language, findings, notices };
}

/** A block of a run, with its lead-in counted from the run's start (or dropped when it is before the run). */
function rebaseLeadIn(block: Block, runStart: number): Block {
  if (block.leadIn === undefined || runStart === 0 || block.leadIn < 0) return block;
  const { leadIn, ...rest } = block;
  return leadIn >= runStart ? { ...rest, leadIn: leadIn - runStart } : rest;
}

function unsupported(
  run: readonly Block[],
  code: LanguageCode,
  documentLanguage: LanguageCode,
  dataset: Dataset,
  locate: (offset: number) => Point,
): Notice {
  const first = run[0] as Block;
  const last = run.at(-1) as Block;
  const start = locate(toSourceOffset(first, 0, 'start'));
  const end = locate(Math.max(start.offset, toSourceOffset(last, last.text.length, 'end')));
  // The notice is written in the document's language when the engine reads it, else in English.
  const messages = messagesFor(dataset, languageDetector(dataset).read.has(documentLanguage) ? documentLanguage : 'en');
  const name = messages.languages[code] ?? dataset.languages.find((p) => p.id === code)?.name ?? code;
  const lines = start.line === end.line ? String(start.line) : `${start.line}–${end.line}`;
  return {
    type: 'unsupported-language',
    language: code,
    position: { start, end },
    message: fillMessage(messages.notices['unsupported-language'], { language: name, lines }),
  };
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
 * import { judgeBlocks } from './fact-check.js';
 * import { textBlocks } from './text-blocks.js';
import { bundledLexicon, markBundled } from './prebuilt.js';
 * const input = 'Mesotherapy is not FDA-approved.';
 * judgeBlocks(textBlocks(input), input, 'en', knowledgeBase)[0]?.verdict; // 'supported'
 * ```
 */
export function judgeBlocks(
  blocks: readonly Block[],
  input: string,
  language: LanguageCode,
  kb: FactCheckKnowledgeBase,
  locate?: (offset: number) => Point,
): Finding[] {
  expectArray('judgeBlocks', 'blocks', blocks);
  expectString('judgeBlocks', 'input', input);
  expectShape('judgeBlocks', 'kb', kb, { dataset: 'object', judge: 'function' }, 'a knowledge base');
  const dataset = readable(kb.dataset);
  if (kb === bundled) markBundled(dataset);
  const read = languageDetector(dataset).read;
  if (typeof language !== 'string' || !read.has(language))
    throw new TypeError(
      `judgeBlocks: language must be one the engine reads (${[...read].join(', ')}), not ${typeof language === 'string' ? JSON.stringify(language) : typeof language}`,
    );
  const messages = messagesFor(dataset, language);
  const engine = engineFor(dataset);
  const extracted = extractClaims(blocks, lexiconFor(dataset, language), engine.studiesByYear, engine.studiesBySubject);
  // One locator for the whole input: checkBlocks passes its own, so a document of many
  // language runs does not scan the input for line breaks once per run.
  const at = locate ?? pointLocator(input);
  const judged = new Map<string, Judgement>();
  const findings: Finding[] = [];
  // One finding per claim and line: a claim repeated on the same line (two sentences run
  // together) is one finding, with the study mentions of both.
  const byLine = new Map<string, number>();
  for (const found of extracted) {
    const block = blocks[found.block] as Block;
    const startOffset = toSourceOffset(block, found.start, 'start');
    const endOffset = Math.max(startOffset, toSourceOffset(block, found.end, 'end'));
    const start = at(startOffset);
    // The population is part of the claim: "approved for men" and "approved for women" are two.
    const claimKey = `${found.claim.subject}|${found.claim.predicate}|${found.claim.object ?? ''}|${found.claim.population?.sex ?? ''}`;
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
      position: { start, end: at(endOffset) },
      assessment: judgement.assessment
        ? { direction: judgement.assessment.direction, certainty: judgement.assessment.certainty }
        : null,
      citations: [...judgement.citations],
      refersTo: [...found.refersTo],
      message: explain(judgement, language, messages),
    });
  }
  return findings;
}

/**
 * A judgement's explanation in a language: the knowledge base's own sentence where it has
 * one, else the verdict label in that language with the English sentence.
 */
function explain(judgement: Judgement, language: LanguageCode, messages: Messages): string {
  const own = (judgement.explanation as unknown as Readonly<Record<string, string | undefined>>)[language];
  if (own !== undefined) return own;
  const english = judgement.explanation.en.replace(/^[^:]*:\s*/, '');
  return `${messages.verdicts[judgement.verdict]}: ${english}`;
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
