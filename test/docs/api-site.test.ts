/**
 * The API docs site (`npm run docs`, which `npm test` runs before vitest): the README is
 * its landing page, and the navigation lists the guides first, then the API by entry point.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const SITE = 'docs/api';

function navigation(): { text: string; children?: { text: string }[] }[] {
  const script = readFileSync(`${SITE}/assets/navigation.js`, 'utf8');
  const data = /"([A-Za-z0-9+/=]{20,})"/.exec(script)?.[1] ?? '';
  return JSON.parse(inflateSync(Buffer.from(data, 'base64')).toString('utf8')) as ReturnType<typeof navigation>;
}

describe('the API docs site', () => {
  it('is built (npm run docs)', () => {
    expect(existsSync(`${SITE}/index.html`), 'run `npm run docs` first').toBe(true);
  });

  it('opens on the README', () => {
    const index = readFileSync(`${SITE}/index.html`, 'utf8');
    // The README's opening words, as the landing page shows them.
    const opening = /^What the evidence says about \*\*mesotherapy\*\* — /m;
    expect(readFileSync('README.md', 'utf8')).toMatch(opening);
    expect(index).toContain('What the evidence says about <strong>mesotherapy</strong>');
  });

  it('groups the navigation: every guide, then the entry points by their import names', () => {
    const guides = readdirSync('docs').filter((name) => name.endsWith('.md')).length;
    const groups = navigation();
    expect(groups.map((g) => g.text)).toEqual(['Guides', 'Modules']);
    expect(groups[0]?.children).toHaveLength(guides);
    expect(groups[1]?.children?.map((c) => c.text)).toEqual([
      'meso-evidence',
      'meso-evidence/export',
      'meso-evidence/factcheck',
      'meso-evidence/html',
      'meso-evidence/node',
      'meso-evidence/remark',
      'meso-evidence/schema',
    ]);
  });
});
