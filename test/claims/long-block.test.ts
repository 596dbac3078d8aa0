/**
 * A block longer than `MAX_SCANNED_BLOCK` (a megabyte line read as one paragraph, issue 16)
 * is not scanned whole: each sentence reads its own words. The claims are those of reading
 * it with the whole block's words, claim for claim, in English and in bokmål.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';
import type { Block } from '../../src/claims/block.js';
import { claimReader, MAX_SCANNED_BLOCK, type ExtractedClaim } from '../../src/claims/extract.js';
import { buildLexicon } from '../../src/claims/lexicon.js';
import { scanWords } from '../../src/claims/tokenize.js';
import { readable } from '../../src/factcheck/fact-check.js';

const ARTICLES = 'test/fixtures/articles';

/** The fixture articles of a language, their prose run together on one line, to about `length`. */
function longLine(prefix: string, length: number): string {
  const files = readdirSync(ARTICLES)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.md'))
    .sort();
  const prose = files
    .map((name) => readFileSync(join(ARTICLES, name), 'utf8'))
    .join(' ')
    .replace(/[#>*_`|[\]]/g, ' ')
    .replace(/\s+/g, ' ');
  let line = '';
  while (line.length < length) line += `${prose} `;
  return line.slice(0, length);
}

function claims(text: string, language: 'en' | 'nb', wholeScan: boolean): ExtractedClaim[] {
  const block: Block = {
    kind: 'paragraph',
    depth: 0,
    text,
    pieces: [{ textStart: 0, sourceStart: 0, length: text.length }],
  };
  const reader = claimReader(buildLexicon(readable(knowledgeBase.dataset), language), new Map());
  return reader.read(block, 0, undefined, wholeScan ? scanWords(text) : undefined);
}

describe('a block longer than MAX_SCANNED_BLOCK', () => {
  for (const [prefix, language] of [
    ['en-', 'en'],
    ['nb-', 'nb'],
  ] as const)
    it(`gives the claims of reading it with its whole scan (${language})`, () => {
      const text = longLine(prefix, 3 * MAX_SCANNED_BLOCK);
      expect(text.length).toBeGreaterThan(MAX_SCANNED_BLOCK);
      const read = claims(text, language, false);
      // Enough claims that a token read differently would show.
      expect(read.length).toBeGreaterThan(50);
      expect(JSON.stringify(read)).toBe(JSON.stringify(claims(text, language, true)));
    });
});
