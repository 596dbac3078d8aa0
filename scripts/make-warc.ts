/**
 * Writes a synthetic crawl (scripts/lib/synthetic-warc.ts) as a WARC.gz: the test
 * articles as clinic pages, one gzip member per record.
 *
 * Usage: `npx tsx scripts/make-warc.ts OUT.warc.gz [PAGES=1000] [--corrupt]`
 * (`--corrupt` corrupts the response record of the tenth page).
 */
import { writeFileSync } from 'node:fs';
import { syntheticWarc } from './lib/synthetic-warc.js';

const [out, pagesArg] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (out === undefined) {
  console.error('usage: npx tsx scripts/make-warc.ts OUT.warc.gz [PAGES=1000] [--corrupt]');
  process.exit(2);
}
const pages = Number(pagesArg ?? 1000);
const plain = syntheticWarc({ pages });
const warc = process.argv.includes('--corrupt')
  ? syntheticWarc({ pages, corrupt: [plain.pageMembers[9] as number] })
  : plain;
writeFileSync(out, warc.bytes);
console.log(`${out}: ${warc.pages.length} pages, ${warc.members.length} records, ${warc.bytes.length} bytes`);
