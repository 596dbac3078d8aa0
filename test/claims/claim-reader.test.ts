/**
 * The claim reader hands each claim to a callback as its sentence is read (so a block of
 * megabytes holds none of its claims at once): the claims, their order and their context
 * are those it collects without one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimReader, type ExtractedClaim } from '../../src/claims/extract.js';
import { buildLexicon } from '../../src/claims/lexicon.js';
import { readable } from '../../src/factcheck/fact-check.js';
import { normalizeBlock } from '../../src/factcheck/normalize.js';
import { textBlocks } from '../../src/factcheck/text-blocks.js';
import { knowledgeBase } from '../../src/index.js';

const DIR = join(import.meta.dirname, '../fixtures/articles');

describe('claimReader with a callback', () => {
  for (const language of ['en', 'nb'] as const) {
    it(`gives each claim, in order, as collecting them does (${language})`, () => {
      const lexicon = buildLexicon(readable(knowledgeBase.dataset), language);
      const files = readdirSync(DIR).filter((name) => name.startsWith(`${language}-`) && /\.(?:md|txt)$/.test(name));
      expect(files.length).toBeGreaterThan(2);
      let total = 0;
      for (const name of files) {
        const blocks = textBlocks(readFileSync(join(DIR, name), 'utf8')).map(normalizeBlock);
        const collecting = claimReader(lexicon, new Map());
        const streaming = claimReader(lexicon, new Map());
        const collected: ExtractedClaim[] = [];
        const streamed: ExtractedClaim[] = [];
        blocks.forEach((block, index) => {
          collected.push(...collecting.read(block, index));
          expect(streaming.read(block, index, (claim) => streamed.push(claim))).toEqual([]);
        });
        expect(streamed).toEqual(collected);
        total += collected.length;
      }
      expect(total).toBeGreaterThan(10);
    });
  }
});
