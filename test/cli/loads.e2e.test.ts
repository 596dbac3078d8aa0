/**
 * What `check` loads: the command on a Markdown file reads it and fact-checks it, so it
 * must not load the web-page reader, the glob matcher, the thread pool, the data loader
 * (zod, yaml) or unified; each loads when an input needs it. Every module the built CLI
 * resolves is recorded by a module hook (Node's `module.register`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isDynamicPattern } from 'tinyglobby';
import fc from 'fast-check';
import { isGlob } from '../../src/cli/inputs.js';
import { BIN } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'meso-loads-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const HOOKS = join(dir, 'hooks.mjs');
writeFileSync(
  HOOKS,
  `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.MESO_LOADED, result.url + '\\n');
  return result;
}
`,
);
const REGISTER = join(dir, 'register.mjs');
writeFileSync(
  REGISTER,
  `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(HOOKS).href)});\n`,
);
writeFileSync(join(dir, 'ad.md'), '# Mesoterapi\n\nMesoterapi smelter fett.\n\nMesotherapy is not FDA-approved.\n');
writeFileSync(join(dir, 'page.html'), '<main><p>Mesotherapy is not FDA-approved.</p></main>');

/** The node_modules packages a run of the built CLI resolved. */
function packagesLoaded(args: readonly string[]): string[] {
  const log = join(dir, `loaded-${args.join('-').replace(/\W/g, '_')}.txt`);
  writeFileSync(log, '');
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(REGISTER).href, BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, MESO_LOADED: log },
  });
  expect(result.stderr).not.toMatch(/Error/);
  expect(result.stdout).toContain('FDA');
  const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
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
