/**
 * What `check` loads: the command on a Markdown file reads it and fact-checks it, so it
 * must not load the web-page reader, the glob matcher, the thread pool, the data loader
 * (zod, yaml) or unified; each loads when an input needs it. Every module the built CLI
 * resolves is recorded by a module hook (Node's `module.register`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isDynamicPattern } from 'tinyglobby';
import fc from 'fast-check';
import { isGlob } from '../../src/cli/inputs.js';
import { moduleRecorder } from '../helpers/module-log.js';
import { BIN } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'meso-loads-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const record = moduleRecorder(dir, 'resolve');
writeFileSync(join(dir, 'ad.md'), '# Mesoterapi\n\nMesoterapi smelter fett.\n\nMesotherapy is not FDA-approved.\n');
writeFileSync(join(dir, 'page.html'), '<main><p>Mesotherapy is not FDA-approved.</p></main>');

/** The node_modules packages a run of the built CLI resolved. */
function packagesLoaded(args: readonly string[]): string[] {
  const { result, urls } = record([BIN, ...args], `loaded-${args.join('-').replace(/\W/g, '_')}.txt`);
  expect(result.stderr).not.toMatch(/Error/);
  expect(result.stdout).toContain('FDA');
  expect(urls.some((url) => url.includes('/dist/chunks/'))).toBe(true);
  return [...new Set(urls.map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1]).filter(Boolean))]
    .map(String)
    .sort();
}

describe('check on a Markdown file', () => {
  it('loads no web-page reader, glob matcher, thread pool, data loader or unified', () => {
    const loaded = packagesLoaded(['check', 'ad.md']);
    for (const name of ['rehype-parse', 'hast-util-to-mdast', 'tinyglobby', 'tinypool', 'zod', 'yaml', 'unified'])
      expect(loaded, name).not.toContain(name);
  });

  it('loads the web-page reader for a page, and the glob matcher for a glob', () => {
    const loaded = packagesLoaded(['check', '*.html']);
    expect(loaded).toContain('tinyglobby');
    expect(loaded).toContain('unified');
  });
});

describe('isGlob', () => {
  it('tells a glob as tinyglobby does, without loading it for a plain path', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom(...'ab/.-_\\*?[]{}()!+@,| '.split('')) }), async (arg) => {
        expect(await isGlob(arg)).toBe(isDynamicPattern(arg));
      }),
      { numRuns: 2000 },
    );
  });
});
