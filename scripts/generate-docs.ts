/**
 * `npm run docs:generate`: rewrites the generated regions of README.md and docs/*.md
 * (sample outputs, measured figures, project addresses) from a fresh run of the built
 * package, formatted with Prettier. `--check` only reports the files that differ (exit 1).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as prettier from 'prettier';
import { documentFiles, readDocument, regenerate } from './lib/doc-regions.js';

const root = resolve('.');
const check = process.argv.includes('--check');
const stale: string[] = [];
for (const path of documentFiles(root)) {
  const text = readDocument(root, path);
  const config = await prettier.resolveConfig(join(root, path));
  const fresh = await prettier.format(await regenerate(text, root), { ...config, filepath: join(root, path) });
  if (fresh === text) continue;
  stale.push(path);
  if (!check) writeFileSync(join(root, path), fresh);
}
if (check && stale.length > 0) {
  console.error(`out of date (run \`npm run docs:generate\`): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(stale.length === 0 ? 'generated regions are up to date' : `rewrote ${stale.join(', ')}`);
