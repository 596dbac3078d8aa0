/**
 * The limits in docs/security.md ("Documents to fact-check"): each one holds at its
 * documented value, and a piece one past it is read as plain text.
 */
import { describe, expect, it } from 'vitest';
import { factCheck } from '../../src/factcheck/fact-check.js';
import { MARKDOWN_LIMITS, withinMarkdownLimits } from '../../src/factcheck/markdown-limits.js';

/** A document with `n` of each limited thing, small enough to be one piece. */
const shapes: Record<keyof typeof MARKDOWN_LIMITS, (n: number) => string> = {
  depth: (n) => `${'> '.repeat(n)}x\n`,
  containerLines: (n) => '> x\n'.repeat(n),
  delimiters: (n) => `${'*'.repeat(n)}\n`,
  listItems: (n) => '- a\n'.repeat(n),
  setextLines: (n) => 'a\n=\n'.repeat(n),
  fenceLines: (n) => '```\n'.repeat(n),
  markup: (n) => `${'&'.repeat(n)}\n`,
};

describe('Markdown limits (docs/security.md)', () => {
  it.each(Object.entries(shapes) as [keyof typeof MARKDOWN_LIMITS, (n: number) => string][])(
    '%s: within at the limit, past it one over',
    (name, make) => {
      expect(withinMarkdownLimits(make(MARKDOWN_LIMITS[name]))).toBe(true);
      expect(withinMarkdownLimits(make(MARKDOWN_LIMITS[name] + 1))).toBe(false);
    },
  );

  it('the documented values', () => {
    expect(MARKDOWN_LIMITS).toEqual({
      depth: 32,
      containerLines: 250,
      delimiters: 5000,
      listItems: 250,
      setextLines: 200,
      fenceLines: 200,
      markup: 4000,
    });
  });

  it('a piece past a limit is read as plain text: a claim in its indented code is then read', () => {
    const code = 'Intro.\n\n    Mesotherapy reduces cellulite.\n\n';
    const within = code + shapes.listItems(MARKDOWN_LIMITS.listItems);
    const past = code + shapes.listItems(MARKDOWN_LIMITS.listItems + 1);
    expect(factCheck(within, { language: 'en' }).findings).toEqual([]);
    expect(factCheck(past, { language: 'en' }).findings.map((f) => f.text)).toEqual(['Mesotherapy reduces cellulite.']);
  });
});
