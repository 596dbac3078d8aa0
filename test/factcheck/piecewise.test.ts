/**
 * Issue 17, "process piece by piece": `factCheck` reads each piece's blocks and lets them
 * go, telling the document's language from a bounded sample and carrying runs, lead-ins
 * and notices as small state. Its reports must be those of the whole-document path it
 * replaced, byte for byte: that path is kept here as the reference (all blocks at once,
 * the language told on all their texts joined, each run read by `extractClaims`, one
 * finding per claim and line, a table of every line start).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSourceOffset, type Block } from '../../src/claims/block.js';
import { extractClaims } from '../../src/claims/extract.js';
import { buildLexicon } from '../../src/claims/lexicon.js';
import type { Judgement } from '../../src/evidence/judge.js';
import {
  factCheck,
  messagesFor,
  pointLocator,
  readable,
  type FactCheckOptions,
  type FactCheckReport,
} from '../../src/factcheck/fact-check.js';
import type { Finding, Notice, Point } from '../../src/factcheck/finding.js';
import { blockLanguages, detectLanguage, languageDetector, mainLanguage } from '../../src/factcheck/language.js';
import { chunkedMarkdownBlocks } from '../../src/factcheck/markdown-chunks.js';
import { normalizeBlock } from '../../src/factcheck/normalize.js';
import { textBlocks } from '../../src/factcheck/text-blocks.js';
import { knowledgeBase } from '../../src/index.js';
import { fillMessage } from '../../src/messages/messages.js';
import type { LanguageCode, Messages } from '../../src/schema/language.js';
import type { Study } from '../../src/schema/study.js';
import { shapes } from '../robustness/markdown-fuzz.js';
import { repeatTo } from '../robustness/markdown-grammar.js';

/** The line table the whole-document path built: every line start, searched by bisection. */
function lineTable(text: string): (offset: number) => Point {
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

const dataset = readable(knowledgeBase.dataset);
const studiesByYear = new Map<number, Study[]>();
const studiesBySubject = new Map<string, Study[]>();
for (const study of dataset.studies) {
  studiesByYear.set(study.citation.year, [...(studiesByYear.get(study.citation.year) ?? []), study]);
  for (const subject of study.interventions)
    studiesBySubject.set(subject, [...(studiesBySubject.get(subject) ?? []), study]);
}
const lexicons = new Map<LanguageCode, ReturnType<typeof buildLexicon>>();
const lexicon = (code: LanguageCode): ReturnType<typeof buildLexicon> => {
  let found = lexicons.get(code);
  if (!found) lexicons.set(code, (found = buildLexicon(dataset, code)));
  return found;
};

function explain(judgement: Judgement, language: LanguageCode, messages: Messages): string {
  const own = (judgement.explanation as unknown as Readonly<Record<string, string | undefined>>)[language];
  if (own !== undefined) return own;
  return `${messages.verdicts[judgement.verdict]}: ${judgement.explanation.en.replace(/^[^:]*:\s*/, '')}`;
}

/** The whole-document path: every block held, then read run by run. */
function wholeDocument(input: string, options: Omit<FactCheckOptions, 'knowledgeBase'> = {}): FactCheckReport {
  const blocks = options.format === 'text' ? textBlocks(input) : chunkedMarkdownBlocks(input);
  const detector = languageDetector(dataset);
  const read = blocks.map(normalizeBlock);
  const texts = read.map((b) => b.text);
  const told = options.language ?? detectLanguage(texts.join('\n\n'), dataset);
  const languages = options.language === undefined ? blockLanguages(texts, told, detector) : read.map(() => told);
  const language = options.language ?? mainLanguage(texts, languages, told);
  const locate = lineTable(input);
  const findings: Finding[] = [];
  const notices: Notice[] = [];
  for (let start = 0; start < read.length;) {
    const code = languages[start] as LanguageCode;
    let end = start + 1;
    while (end < read.length && languages[end] === code) end++;
    const run = read.slice(start, end).map((block): Block => {
      if (block.leadIn === undefined || start === 0 || block.leadIn < 0) return block;
      const { leadIn, ...rest } = block;
      return leadIn >= start ? { ...rest, leadIn: leadIn - start } : rest;
    });
    if (detector.read.has(code)) {
      const messages = messagesFor(dataset, code);
      const byLine = new Map<string, number>();
      const runFindings: Finding[] = [];
      for (const found of extractClaims(run, lexicon(code), studiesByYear, studiesBySubject)) {
        const block = run[found.block] as Block;
        const startOffset = toSourceOffset(block, found.start, 'start');
        const endOffset = Math.max(startOffset, toSourceOffset(block, found.end, 'end'));
        const at = locate(startOffset);
        // The population is part of the claim, as in the production path ("for women" and without are two).
        const claimKey = `${found.claim.subject}|${found.claim.predicate}|${found.claim.object ?? ''}|${found.claim.population?.sex ?? ''}`;
        const lineKey = `${at.line}|${claimKey}|${found.claim.polarity === 'affirm'}`;
        const earlier = byLine.get(lineKey);
        if (earlier !== undefined) {
          const kept = runFindings[earlier] as Finding;
          runFindings[earlier] = { ...kept, refersTo: [...new Set([...kept.refersTo, ...found.refersTo])] };
          continue;
        }
        const judgement = knowledgeBase.judge(found.claim);
        byLine.set(lineKey, runFindings.length);
        runFindings.push({
          claim: found.claim,
          verdict: judgement.verdict,
          text: input.slice(startOffset, endOffset),
          position: { start: at, end: locate(endOffset) },
          assessment: judgement.assessment
            ? { direction: judgement.assessment.direction, certainty: judgement.assessment.certainty }
            : null,
          citations: [...judgement.citations],
          refersTo: [...found.refersTo],
          message: explain(judgement, code, messages),
        });
      }
      findings.push(...runFindings);
    } else if (run.some((block) => /\p{L}/u.test(block.text))) {
      const first = run[0] as Block;
      const last = run.at(-1) as Block;
      const from = locate(toSourceOffset(first, 0, 'start'));
      const to = locate(Math.max(from.offset, toSourceOffset(last, last.text.length, 'end')));
      const messages = messagesFor(dataset, detector.read.has(language) ? language : 'en');
      const name = messages.languages[code] ?? code;
      notices.push({
        type: 'unsupported-language',
        language: code,
        position: { start: from, end: to },
        message: fillMessage(messages.notices['unsupported-language'], {
          language: name,
          lines: from.line === to.line ? String(from.line) : `${from.line}–${to.line}`,
        }),
      });
    }
    start = end;
  }
  findings.sort((a, b) => a.position.start.offset - b.position.start.offset);
  return { language, findings, notices };
}

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(?:md|txt)$/.test(name) ? [path] : [];
  });
const fixtures = files('test/fixtures').sort();
const texts = fixtures.map((path) => readFileSync(path, 'utf8'));

const same = (input: string, options: Omit<FactCheckOptions, 'knowledgeBase'> = {}): void => {
  expect(JSON.stringify(factCheck(input, options))).toBe(JSON.stringify(wholeDocument(input, options)));
};

describe('piece by piece gives the whole-document report, byte for byte', () => {
  it('has fixtures to compare', () => {
    expect(fixtures.length).toBeGreaterThan(100);
  });

  it('on every fixture, as Markdown (language detected and told) and as text', () => {
    for (const text of texts) {
      same(text);
      same(text, { language: 'en' });
      same(text, { format: 'text' });
    }
  });

  it('on the fixtures joined (past the language sample, with runs in three and more languages)', () => {
    const all = texts.join('\n\n');
    expect(all.length).toBeGreaterThan(100_000);
    same(all);
    same(all, { format: 'text' });
    same([...texts].reverse().join('\n\n'));
    // Bokmål first, so the sample says nb, then English and other languages.
    const nbFirst = [...texts].sort((a, b) => detectLanguage(b, dataset).localeCompare(detectLanguage(a, dataset)));
    same(nbFirst.slice(0, 60).join('\n\n'));
  });

  it('on every fuzz shape, across pieces and the sample', () => {
    for (const [, unit] of shapes(6, 16)) same(repeatTo(unit, 8_000));
  });

  it('on a list cut between pieces, each item keeping its lead-in', () => {
    const items = Array.from({ length: 400 }, (_, i) => `- item ${i} against cellulite`).join('\n');
    same(`Mesotherapy works against:\n\n${items}\n\nIt is FDA-approved for hair loss.\n`);
  });
});

describe('the point locator', () => {
  it('places offsets asked in any order as the line table does, for LF, CRLF and lone CR', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `line ${i}${['\n', '\r\n', '\r', '\n\n'][i % 4]}`).join('');
    const table = lineTable(text);
    const locate = pointLocator(text);
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const offsets = [
      ...Array.from({ length: 2_000 }, () => Math.floor(next() * (text.length + 10))),
      0,
      text.length,
      text.indexOf('\r\n') + 1,
    ];
    for (const offset of offsets) expect(locate(offset)).toEqual(table(offset));
  });

  it('goes back on the line it walked to as the line table does, on one long line and between CR and LF', () => {
    const line = 'word '.repeat(40_000);
    const text = `${line}\r\n${line}\r${line}`;
    const table = lineTable(text);
    const locate = pointLocator(text);
    const crlf = text.indexOf('\r\n');
    // Forward, then back on the same line (as the claims of one sentence are asked), line by line.
    const offsets = [150_000, 149_990, 100, 199_999, crlf + 1, crlf, crlf + 1, crlf + 2, crlf + 150_000, crlf + 3];
    for (let at = crlf + 200_100; at < text.length; at += 70_001) offsets.push(at, at - 5, at - 69_999);
    for (const offset of offsets) expect(locate(offset)).toEqual(table(offset));
  });
});
