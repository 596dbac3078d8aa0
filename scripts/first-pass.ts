/**
 * `npm run eval:first-pass [-- --check]`: regenerates the README's first-pass table from
 * the recorded first runs in docs/eval/*.first-pass.json (each written once by
 * `npm run eval -- DIR --record FILE`, before the engine was tuned on the batch), scored
 * against the batches' gold files. `--check` exits 1 when the README is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { firstPassTable, readBlock, readRecords, writeBlock } from './lib/first-pass.js';

const readme = readFileSync('README.md', 'utf8');
const table = firstPassTable(readRecords());
if (process.argv.includes('--check')) {
  if (readBlock(readme) !== table) {
    console.error('README.md: the first-pass table is stale; run npm run eval:first-pass');
    process.exit(1);
  }
} else {
  writeFileSync('README.md', writeBlock(readme, table));
}
