/**
 * Sample outputs and measured figures in the docs cannot drift: each sits in a
 * generated region (`<!-- generated:NAME ARGS -->`) that a fresh run of the built
 * package must reproduce byte for byte. When this fails, run `npm run docs:generate`
 * and review the diff.
 */
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { documentFiles, readDocument, regenerate, regionsIn } from '../../scripts/lib/doc-regions.js';

const root = resolve('.');

describe('generated regions of the docs', () => {
  it('hold the CLI sample outputs, the bench figures, the bundle sizes and the security contact', () => {
    const names = (path: string): string[] =>
      regionsIn(readDocument(root, path)).map((r) => `${r.name} ${r.args}`.trim());
    expect(names('docs/cli.md')).toEqual(['cli check examples/advert.md', 'cli chek examples/advert.md']);
    expect(names('docs/performance.md')).toEqual(['bench-figures', 'bundle-sizes']);
    expect(names('docs/security.md')).toEqual(['fuzz-results', 'security-contact']);
    expect(names('docs/scale.md')).toEqual(['bench-figures 9a 9b 9c 9d 9e 9f 10a 10b 10c 10d']);
  });

  it.each(documentFiles(root))(
    '%s matches a fresh run',
    async (path) => {
      const text = readDocument(root, path);
      const config = await prettier.resolveConfig(resolve(root, path));
      const fresh = await prettier.format(await regenerate(text, root), { ...config, filepath: resolve(root, path) });
      expect(fresh, `${path} is out of date: run \`npm run docs:generate\``).toBe(text);
    },
    60_000,
  );
});
