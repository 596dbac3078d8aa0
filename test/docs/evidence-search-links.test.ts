/**
 * docs/evidence-search.md links each cluster file as a page typedoc builds (a child
 * document), not as a code path a reader cannot follow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PROTOCOL = 'docs/evidence-search.md';
const clusters = readdirSync('docs/evidence-search')
  .filter((name) => name.endsWith('.md'))
  .sort();

describe('the evidence search protocol links its cluster files', () => {
  const text = readFileSync(PROTOCOL, 'utf8');
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';

  it('has the three cluster files', () => {
    expect(clusters).toEqual(['fat.md', 'hair.md', 'skin.md']);
  });

  it.each(clusters)('links %s with a relative Markdown link', (name) => {
    expect(text).toContain(`](./evidence-search/${name})`);
    expect(text).not.toContain(`- \`${name}\``);
  });

  it.each(clusters)('lists %s as a child document, so typedoc builds it and resolves the link', (name) => {
    expect(frontMatter).toMatch(new RegExp(`children:[\\s\\S]*- \\./evidence-search/${name.replace('.', '\\.')}`));
  });
});
