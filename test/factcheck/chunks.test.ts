import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeBlocks } from '../../src/factcheck/fact-check.js';
import { markdownBlocks, parseMarkdown } from '../../src/factcheck/markdown-blocks.js';
import { chunkedMarkdownBlocks, markdownChunks } from '../../src/factcheck/markdown-chunks.js';
import { knowledgeBase } from '../../src/index.js';

const folders = readdirSync('test/fixtures')
  .filter((name) => name.startsWith('articles'))
  .map((name) => `test/fixtures/${name}`);
const articles = folders.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(`${dir}/${name}`, 'utf8')),
);

describe('Markdown read in pieces', () => {
  it('covers the document exactly, cutting only before a new top-level block', () => {
    const doc = articles.join('\n\n');
    const chunks = markdownChunks(doc, 200);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks[0]?.[0]).toBe(0);
    expect(chunks.at(-1)?.[1]).toBe(doc.length);
    for (let i = 1; i < chunks.length; i++) {
      expect(chunks[i]?.[0]).toBe(chunks[i - 1]?.[1]);
      const start = chunks[i]?.[0] as number;
      expect(doc.slice(start - 2, start)).toBe('\n\n');
      expect(doc[start]).toMatch(/[^\s>*+\-\d|]/);
    }
  });

  it('never cuts inside a fenced code block, a list or a quotation (before a fence is fine)', () => {
    const doc = 'Intro:\n\n- one\n\n- two\n\n```\ncode\n\nMesotherapy melts fat.\n```\n\n> quoted\n\n> still\n\nEnd.\n';
    const starts = markdownChunks(doc, 1).map(([start]) => start);
    expect(starts.map((s) => doc.slice(s, s + 5))).toEqual(['Intro', '```\nc', 'End.\n']);
  });

  it('gives the same findings as reading the whole document at once', () => {
    const doc = [...articles, ...articles].join('\n\n');
    const whole = judgeBlocks(markdownBlocks(parseMarkdown(doc), doc), doc, 'en', knowledgeBase);
    const pieces = judgeBlocks(chunkedMarkdownBlocks(doc), doc, 'en', knowledgeBase);
    expect(markdownChunks(doc).length).toBeGreaterThan(1);
    expect(JSON.stringify(pieces)).toBe(JSON.stringify(whole));
  });
});
