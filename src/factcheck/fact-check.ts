/**
 * The fact-check pipeline: text → blocks → claims → verdicts → findings.
 *
 * @module
 */
import type { Block, Piece } from '../claims/block.js';
import { toSourceOffset } from '../claims/block.js';
import {
  claimReader,
  extractClaims,
  MAX_SCANNED_BLOCK,
  type ClaimReader,
  type ExtractedClaim,
} from '../claims/extract.js';
import { buildLexicon, lexiconFrom, type Lexicon } from '../claims/lexicon.js';
import { foldingOf } from '../claims/fold.js';
import { scanWords, type WordScan } from '../claims/tokenize.js';
import type { Claim } from '../evidence/claim.js';
import type { Judgement } from '../evidence/judge.js';
import { loadCues } from '../generated/cues.js';
import { languages as bundledLanguages, messages as bundledMessages } from '../generated/languages.js';
import { knowledgeBase as bundled } from '../kb/bundled.js';
import { engineRecords } from '../kb/knowledge-base.js';
import type { Dataset } from '../schema/kinds.js';
import type { LanguageCode, Messages } from '../schema/language.js';
import type { Study } from '../schema/study.js';
import type { Finding, Notice, Point } from './finding.js';
import {
  countLetters,
  detectLanguage,
  languageDetector,
  mostLetters,
  nextBlockLanguage,
  SAMPLE_CHARACTERS,
} from './language.js';
import { readMarkdownPieces } from './markdown-chunks.js';
import { normalizeBlock } from './normalize.js';
import { fillMessage } from '../messages/messages.js';
import { findingParts, type FindingParts } from './finding-parts.js';
import { textBlocks } from './text-blocks.js';
import { bundledLexicon, markBundled } from './prebuilt.js';
import { expectArray, expectShape, expectString, ownOptions } from '../guard.js';
import { lazyPattern } from '../lazy-pattern.js';

/** A letter anywhere in a text. */
const HAS_LETTER = lazyPattern(String.raw`\p{L}`, 'u');

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
  /** The studies by year, indexed on first use: a text that names no study never reads them. */
  readonly studiesByYear: ReadonlyMap<number, readonly Study[]>;
  /** The studies by subject, likewise. */
  readonly studiesBySubject: ReadonlyMap<string, readonly Study[]>;
}

interface StudyIndexes {
  readonly byYear: ReadonlyMap<number, readonly Study[]>;
  readonly bySubject: ReadonlyMap<string, readonly Study[]>;
}

const engines = new WeakMap<Dataset, Engine>();
const withVocabulary = new WeakMap<Dataset, Dataset>();
/** The records {@link readable} made. */
const withVocabularyMade = new WeakSet<Dataset>();

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
  // Already made here: its cues, when bundled, are not read (they are parsed on first read).
  if (withVocabularyMade.has(dataset)) return dataset;
  const languages = dataset.languages as Dataset['languages'] | undefined;
  const messages = dataset.messages as Dataset['messages'] | undefined;
  if (dataset.cues.length > 0 && languages && languages.length > 0 && messages && messages.length > 0) return dataset;
  let full = withVocabulary.get(dataset);
  if (!full) {
    const vocabulary = lazyCopy(dataset, {
      languages: languages && languages.length > 0 ? languages : bundledLanguages,
      messages: messages && messages.length > 0 ? messages : bundledMessages,
    });
    // The bundled cues are parsed when first read: the bundled knowledge base's lexicons were compiled from them at build time.
    full =
      dataset.cues.length > 0
        ? vocabulary
        : Object.defineProperty(vocabulary, 'cues', { enumerable: true, get: loadCues });
    withVocabulary.set(dataset, full);
    withVocabularyMade.add(full);
  }
  return full;
}

/**
 * `{ ...dataset, ...values }`, but a property of the dataset read through a getter (the bundled
 * knowledge base's kinds, each parsed on its first read) is read from the dataset on first use,
 * so the engine parses only the kinds it reads.
 */
function lazyCopy(dataset: Dataset, values: Partial<Dataset>): Dataset {
  const copy: Record<string, unknown> = {};
  const plain = (key: string, value: unknown): void => {
    Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  };
  for (const key of Object.keys(dataset)) {
    const descriptor = Object.getOwnPropertyDescriptor(dataset, key) as PropertyDescriptor;
    if (descriptor.get === undefined) plain(key, descriptor.value);
    else
      Object.defineProperty(copy, key, {
        enumerable: true,
        configurable: true,
        get: () => (dataset as unknown as Record<string, unknown>)[key],
      });
  }
  for (const [key, value] of Object.entries(values)) plain(key, value);
  return copy as unknown as Dataset;
}

/**
 * The records the engine reads of a knowledge base: a `KnowledgeBase`'s as it holds them
 * (the bundled one's are not frozen until a query hands one out: the engine hands none out),
 * anything else's `dataset`, once it is checked to look like a knowledge base.
 */
function recordsOfKnowledgeBase(caller: string, kb: FactCheckKnowledgeBase): Dataset {
  const records = engineRecords(kb);
  if (records !== undefined) return records;
  expectShape(caller, 'kb', kb, { dataset: 'object', judge: 'function' }, 'a knowledge base');
  return kb.dataset;
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

/** The studies of a dataset by year and by subject (intervention). */
function indexStudies(dataset: Dataset): StudyIndexes {
  const byYear = new Map<number, Study[]>();
  const bySubject = new Map<string, Study[]>();
  const add = <K>(map: Map<K, Study[]>, key: K, study: Study): void => {
    const list = map.get(key) ?? [];
    list.push(study);
    map.set(key, list);
  };
  for (const study of dataset.studies) {
    add(byYear, study.citation.year, study);
    for (const subject of study.interventions) add(bySubject, subject, study);
  }
  return { byYear, bySubject };
}

/**
 * A read-only map made on its first use: the engine's study indexes, so that a text that names
 * no study never reads the studies (the bundled knowledge base parses them on first read).
 */
class MapOnFirstUse<K, V> implements ReadonlyMap<K, V> {
  readonly #make: () => ReadonlyMap<K, V>;
  #map: ReadonlyMap<K, V> | undefined;

  constructor(make: () => ReadonlyMap<K, V>) {
    this.#make = make;
  }

  get #made(): ReadonlyMap<K, V> {
    return (this.#map ??= this.#make());
  }

  get size(): number {
    return this.#made.size;
  }

  get(key: K): V | undefined {
    return this.#made.get(key);
  }

  has(key: K): boolean {
    return this.#made.has(key);
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.#made.forEach((value, key) => {
      callback.call(thisArg, value, key, this);
    });
  }

  entries(): MapIterator<[K, V]> {
    return this.#made.entries();
  }

  keys(): MapIterator<K> {
    return this.#made.keys();
  }

  values(): MapIterator<V> {
    return this.#made.values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.#made[Symbol.iterator]();
  }
}

function engineFor(dataset: Dataset): Engine {
  let engine = engines.get(dataset);
  if (!engine) {
    let studies: StudyIndexes | undefined;
    const indexes = (): StudyIndexes => (studies ??= indexStudies(dataset));
    engine = {
      lexicons: new Map(),
      studiesByYear: new MapOnFirstUse(() => indexes().byYear),
      studiesBySubject: new MapOnFirstUse(() => indexes().bySubject),
    };
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
  const reader = documentReader(input, options);
  if (ownOption(options, 'format') === 'text') for (const block of textBlocks(input)) reader.add(block);
  else
    // Markdown is read in pieces, so parsing stays linear (a piece past the parser's safe
    // limits is read as plain text), and each block is read as soon as it is parsed and let
    // go, so memory is bounded by a piece's parse, not the document (nor a piece's blocks).
    readMarkdownPieces(input, {
      block: (block) => {
        reader.add(block);
      },
      endPiece: (leadIns) => {
        reader.endPiece(leadIns);
      },
    });
  return reader.finish();
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
  const reader = documentReader(input, options);
  for (const block of blocks) reader.add(block);
  return reader.finish();
}

/** What {@link documentReader} gives: blocks go in one at a time, the report comes out at the end. */
interface DocumentReader {
  /** Reads the next block of the document (its lead-in, if any, is the index of an earlier block). */
  add(block: Block): void;
  /** Marks the end of a piece: no later block names an earlier one as its lead-in but those in `leadIns`. */
  endPiece(leadIns: readonly number[]): void;
  /** The report. */
  finish(): FactCheckReport;
}

/** A run of blocks in one language, read on its own: the blocks themselves are not kept. */
interface Run {
  readonly code: LanguageCode;
  /** The index of its first block in the document. */
  readonly start: number;
  /** Reads the run's claims (for a language the engine reads). */
  readonly claims: ClaimReader | undefined;
  /** Judges and places a claim (for a language the engine reads). */
  readonly judge: ((found: ExtractedClaim, block: Block) => void) | undefined;
  /** Source offset of its first block's start. */
  readonly from: number;
  /** Source offset of its last block's end, so far. */
  to: number;
  /** Whether any of its blocks has a letter (a run in another language without one gets no notice). */
  letters: boolean;
}

/**
 * The fact-check of a document, fed one block at a time, in order. What it keeps from
 * one block to the next is small and explicit: until the document's language is told,
 * the first blocks (at most {@link SAMPLE_CHARACTERS} characters of text, all the language
 * detector reads); after that, the language of the block before, the letters counted
 * per language, the current run of blocks in one language (its discourse state and the
 * summaries of blocks a later list item may name as its lead-in), and the findings and
 * notices so far. The findings are those of reading all the blocks at once, byte for byte.
 */
function documentReader(
  input: string,
  options: Omit<FactCheckOptions, 'format'>,
  caller = 'checkBlocks',
): DocumentReader {
  const kb = ownOption(options, 'knowledgeBase') ?? bundled;
  const dataset = readable(recordsOfKnowledgeBase(caller, kb));
  if (kb === bundled) markBundled(dataset);
  const detector = languageDetector(dataset);
  const given = ownOption(options, 'language');
  const locate = pointLocator(input);
  const engine = engineFor(dataset);
  const findings: Finding[] = [];
  /** Each claim judged once per document and language, shared by the runs in that language. */
  const judged = new Map<string, JudgedClaim>();
  /** The claims and lists of study mentions of the document's findings, each once. */
  const parts = findingParts();
  /** The runs in a language the engine does not read: their notices are written once the document's language is known. */
  const unread: { code: LanguageCode; from: number; to: number }[] = [];
  /** Letters per language, in the order the languages were first seen. */
  const letters = new Map<LanguageCode, number>();

  /** The blocks read so far but not yet given a language, while the document's is not told. */
  let waiting: Block[] | undefined = given === undefined ? [] : undefined;
  /** The first characters of the blocks' texts joined by blank lines: what tells the document's language. */
  let sample = '';
  let told: LanguageCode | undefined = given;
  /** The language of the block before. */
  let current: LanguageCode | undefined = given;
  let count = 0;
  let run: Run | undefined;

  const endRun = (): void => {
    if (run && !detector.read.has(run.code) && run.letters) unread.push({ code: run.code, from: run.from, to: run.to });
    run = undefined;
  };
  const startRun = (code: LanguageCode, index: number, block: Block): Run => {
    const reads = detector.read.has(code);
    const from = toSourceOffset(block, 0, 'start');
    return {
      code,
      start: index,
      claims: reads ? claimReader(lexiconFor(dataset, code), engine.studiesByYear, engine.studiesBySubject) : undefined,
      judge: reads ? claimJudge(findings, input, code, kb, locate, judged, parts) : undefined,
      from,
      to: from,
      letters: false,
    };
  };
  /** Reads a block whose language is known. */
  const read = (block: Block, index: number, code: LanguageCode, scan: WordScan | undefined): void => {
    if (run?.code !== code) {
      endRun();
      run = startRun(code, index, block);
    }
    if (run.claims && run.judge) {
      // Each claim is judged as its sentence is read: a block's claims are never all held at once.
      const judge = run.judge;
      run.claims.read(
        withinRun(block, run.start),
        index,
        (found) => {
          judge(found, block);
        },
        scan,
      );
    } else {
      run.letters ||= HAS_LETTER().test(block.text);
      run.to = Math.max(run.from, toSourceOffset(block, block.text.length, 'end'));
    }
    letters.set(code, (letters.get(code) ?? 0) + countLetters(block.text));
  };
  const readWaiting = (): void => {
    if (waiting === undefined) return;
    told = detectLanguage(sample, dataset);
    const blocks = waiting;
    waiting = undefined;
    sample = '';
    const first = count - blocks.length;
    blocks.forEach((block, offset) => {
      const scan = wordsOf(block.text);
      current = nextBlockLanguage(block.text, current ?? (told as LanguageCode), told as LanguageCode, detector, scan);
      read(block, first + offset, current, scan);
    });
  };

  return {
    add(block) {
      const normalized = normalizeBlock(block);
      const index = count++;
      if (waiting !== undefined) {
        waiting.push(waitingCopy(normalized));
        // The blocks' texts joined by blank lines, up to the sample's length (no more is copied).
        const room = SAMPLE_CHARACTERS - sample.length;
        sample +=
          index === 0
            ? normalized.text.slice(0, room)
            : '\n\n'.slice(0, room) + normalized.text.slice(0, Math.max(0, room - 2));
        if (sample.length >= SAMPLE_CHARACTERS) readWaiting();
        return;
      }
      // The block's words are found once, for the language scorer and the claim reader.
      const scan = wordsOf(normalized.text);
      if (given === undefined)
        current = nextBlockLanguage(normalized.text, current as LanguageCode, told as LanguageCode, detector, scan);
      read(normalized, index, current as LanguageCode, scan);
    },
    endPiece(leadIns) {
      // While the first blocks wait for the document's language, they are all kept (at most
      // the sample's worth); the first piece to end after that lets the rest go.
      if (waiting === undefined) run?.claims?.retain(leadIns);
    },
    finish() {
      readWaiting();
      endRun();
      const language = given ?? mostLetters(letters, told ?? 'en');
      findings.sort((a, b) => a.position.start.offset - b.position.start.offset);
      const notices = unread.map(({ code, from, to }) => unsupported(code, from, to, language, dataset, locate));
      return { language, findings, notices };
    },
  };
}

/**
 * A copy of a block that waits for the document's language, made apart from where blocks
 * are made. The first blocks wait together for as long as it takes to read 20,000 characters
 * of text (thousands of short headings or list items); V8 sees the objects of a place in
 * the code all alive at its minor collections, and from then on makes that place's objects
 * in the old generation, which grows until the next full collection. A copy made here puts
 * that on this place alone, which only the waiting blocks use, and lets the parser's blocks
 * die young.
 */
function waitingCopy(block: Block): Block {
  const pieces: Piece[] = [];
  for (const piece of block.pieces)
    pieces.push({ textStart: piece.textStart, sourceStart: piece.sourceStart, length: piece.length });
  // Field by field, not with a spread (see blockOf), and here rather than in blockOf, so
  // this place's objects are the waiting blocks' alone.
  const { kind, depth, text, leadIn, row, header, label } = block;
  const copy: { -readonly [K in keyof Block]: Block[K] } = { kind, depth, text, pieces };
  if (leadIn !== undefined) copy.leadIn = leadIn;
  if (row === true) copy.row = row;
  if (row === true && header !== undefined) copy.header = header;
  if (label === true) copy.label = label;
  return copy;
}

/**
 * A block text's words, found once for the language scorer and the claim reader; none for a
 * block longer than {@link MAX_SCANNED_BLOCK} (both then read the words of what they read:
 * the language scorer its first words, the claim reader each sentence's), so the words of a
 * megabyte-long line are never all held at once.
 */
function wordsOf(text: string): WordScan | undefined {
  return text.length <= MAX_SCANNED_BLOCK ? scanWords(text) : undefined;
}

/** A block as read in a run that starts at `runStart`: a lead-in before the run is dropped (each run is read on its own). */
function withinRun(block: Block, runStart: number): Block {
  if (block.leadIn === undefined || block.leadIn < 0 || block.leadIn >= runStart) return block;
  const { leadIn: _dropped, ...rest } = block;
  return rest;
}

function unsupported(
  code: LanguageCode,
  from: number,
  to: number,
  documentLanguage: LanguageCode,
  dataset: Dataset,
  locate: (offset: number) => Point,
): Notice {
  const start = locate(from);
  const end = locate(to);
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
  const dataset = readable(recordsOfKnowledgeBase('judgeBlocks', kb));
  if (kb === bundled) markBundled(dataset);
  const read = languageDetector(dataset).read;
  if (typeof language !== 'string' || !read.has(language))
    throw new TypeError(
      `judgeBlocks: language must be one the engine reads (${[...read].join(', ')}), not ${typeof language === 'string' ? JSON.stringify(language) : typeof language}`,
    );
  const engine = engineFor(dataset);
  const extracted = extractClaims(blocks, lexiconFor(dataset, language), engine.studiesByYear, engine.studiesBySubject);
  const findings: Finding[] = [];
  const judge = claimJudge(findings, input, language, kb, locate ?? pointLocator(input));
  for (const found of extracted) judge(found, blocks[found.block] as Block);
  return findings;
}

/**
 * Judges the claims of a run of blocks in one language, one at a time, adding a finding
 * to `findings` for each. One finding per claim and line: a claim repeated on the same
 * line (two sentences run together) is one finding, with the study mentions of both.
 */
function claimJudge(
  findings: Finding[],
  input: string,
  language: LanguageCode,
  kb: FactCheckKnowledgeBase,
  at: (offset: number) => Point,
  judged = new Map<string, JudgedClaim>(),
  parts: FindingParts = findingParts(),
): (found: ExtractedClaim, block: Block) => void {
  const messages = messagesFor(readable(recordsOfKnowledgeBase('judgeBlocks', kb)), language);
  /** The findings on the current line, by claim: a claim repeated on it is one finding. */
  const byLine = new Map<string, number>();
  let line = 0;
  /** The last finding's place: the claims of one sentence share its frozen position and text. */
  let last: Pick<Finding, 'position' | 'text'> | undefined;
  return (found, block) => {
    const startOffset = toSourceOffset(block, found.start, 'start');
    const endOffset = Math.max(startOffset, toSourceOffset(block, found.end, 'end'));
    const same = last?.position.start.offset === startOffset && last.position.end.offset === endOffset;
    const start = same ? (last as Pick<Finding, 'position'>).position.start : at(startOffset);
    // Claims come in input order: those on earlier lines are not looked up again.
    if (start.line > line) {
      byLine.clear();
      line = start.line;
    }
    // The population is part of the claim: "approved for men" and "approved for women" are two.
    const claimKey = `${found.claim.subject}|${found.claim.predicate}|${found.claim.object ?? ''}|${found.claim.population?.sex ?? ''}`;
    const lineKey = `${start.line}|${claimKey}|${found.claim.polarity === 'affirm'}`;
    const earlier = byLine.get(lineKey);
    if (earlier !== undefined) {
      const kept = findings[earlier] as Finding;
      findings[earlier] = { ...kept, refersTo: parts.studies([...new Set([...kept.refersTo, ...found.refersTo])]) };
      return;
    }
    // Each judgement once, with what its findings share: a report of many findings holds one copy.
    const key = `${language}|${claimKey}|${found.claim.polarity}`;
    let judgement = judged.get(key);
    if (!judgement) judged.set(key, (judgement = judgeOnce(kb.judge(found.claim), language, messages)));
    byLine.set(lineKey, findings.length);
    if (!same)
      last = {
        position: Object.freeze({ start: Object.freeze(start), end: Object.freeze(at(endOffset)) }),
        text: input.slice(startOffset, endOffset),
      };
    const place = last as Pick<Finding, 'position' | 'text'>;
    findings.push({
      claim: parts.claim(found.claim),
      verdict: judgement.verdict,
      text: place.text,
      position: place.position,
      assessment: judgement.assessment,
      citations: judgement.citations,
      refersTo: parts.studies(found.refersTo),
      message: judgement.message,
    });
  };
}

/** What the findings of one judgement share (frozen, as they are shared). */
interface JudgedClaim {
  readonly verdict: Finding['verdict'];
  readonly assessment: Finding['assessment'];
  readonly citations: Finding['citations'];
  readonly message: string;
}

function judgeOnce(judgement: Judgement, language: LanguageCode, messages: Messages): JudgedClaim {
  return {
    verdict: judgement.verdict,
    assessment: judgement.assessment
      ? Object.freeze({ direction: judgement.assessment.direction, certainty: judgement.assessment.certainty })
      : null,
    citations: Object.freeze([...judgement.citations]),
    message: explain(judgement, language, messages),
  };
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

/** How often (in UTF-16 units) the point locator notes where it is, to go back from there. */
const LOCATOR_CHECKPOINT = 65_536;

/**
 * Maps offsets to 1-based line and column. Lines end at LF, CRLF or a lone CR, as in
 * remark and vfile. Offsets are asked for mostly in input order, so the locator walks
 * forward from the last one asked; back on the line it has walked to, it needs no walk; to
 * go back further, it starts again from the nearest of the points it noted every
 * {@link LOCATOR_CHECKPOINT} units. It keeps no table of every line.
 *
 * @param text - The input.
 * @returns The locator.
 * @example
 * ```ts
 * import { pointLocator } from './fact-check.js';
 * pointLocator('a\r\nb\rc')(5); // { line: 3, column: 1, offset: 5 }
 * ```
 * @internal
 */
export function pointLocator(text: string): (offset: number) => Point {
  /** Offset, line and the line's start, every checkpoint passed: flat triples. */
  const checkpoints = [0, 1, 0];
  let at = 0;
  let line = 1;
  let lineStart = 0;
  return (offset) => {
    // Back on the line walked to (several claims of one sentence, a document on one line):
    // no line break lies between the line's start and `at`, so no walk is needed.
    if (offset < at && offset >= lineStart) return { line, column: offset - lineStart + 1, offset };
    if (offset < at) {
      // Back to the last checkpoint at or before the offset.
      let low = 0;
      let high = checkpoints.length / 3 - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((checkpoints[3 * mid] as number) <= offset) low = mid;
        else high = mid - 1;
      }
      at = checkpoints[3 * low] as number;
      line = checkpoints[3 * low + 1] as number;
      lineStart = checkpoints[3 * low + 2] as number;
    }
    const end = Math.min(offset, text.length);
    for (; at < end; at++) {
      if (at % LOCATOR_CHECKPOINT === 0 && at > (checkpoints.at(-3) as number)) checkpoints.push(at, line, lineStart);
      const code = text.charCodeAt(at);
      // A line ends after LF, or after a CR not followed by LF (CRLF ends at its LF).
      if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
        line++;
        lineStart = at + 1;
      }
    }
    return { line, column: offset - lineStart + 1, offset };
  };
}
