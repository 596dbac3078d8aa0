/**
 * Build step: validates data/, then writes src/generated/dataset.ts and
 * schemas/<kind>.schema.json. With --check, writes nothing and exits 1 when a
 * generated file is missing or stale.
 *
 *   npm run build:data            regenerate
 *   npm run check:generated       fail when stale
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatProblem } from '../src/load/problem.js';
import { generateArtifacts } from './lib/artifacts.js';

const check = process.argv.includes('--check');
const artifacts = generateArtifacts('data');
if (!artifacts.ok) {
  for (const problem of artifacts.problems) console.error(formatProblem(problem));
  console.error(
    `\n✖ ${artifacts.problems.length} problem${artifacts.problems.length === 1 ? '' : 's'} in data/; nothing generated`,
  );
  process.exit(1);
}
let stale = 0;
for (const [path, content] of artifacts.files) {
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  if (check) {
    console.error(`${path} is ${current === undefined ? 'missing' : 'stale'}; run \`npm run build:data\``);
    stale++;
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`wrote ${path}`);
  }
}
if (stale > 0) process.exit(1);
if (check) console.log('generated files are up to date');
