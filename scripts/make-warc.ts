/**
 * Writes a synthetic crawl (scripts/lib/synthetic-warc.ts) as a WARC.gz: the test
 * articles as clinic pages, one gzip member per record, written record by record (an
 * archive of any size is never held whole).
 *
 * Usage: `npx tsx scripts/make-warc.ts OUT.warc.gz [PAGES=1000] [--corrupt] [--image-kib N]`
 * (`--corrupt` corrupts the response record of the tenth page; `--image-kib N` sends an
 * image of N KiB of incompressible bytes with every page, as a crawl's size is mostly such
 * records: 10,000 pages with `--image-kib 100` make an archive of about 1 GB).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { corruptMember, syntheticWarcMembers } from './lib/synthetic-warc.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { corrupt: { type: 'boolean' }, 'image-kib': { type: 'string' } },
});
const [out, pagesArg] = positionals;
const imageKiB = values['image-kib'] === undefined ? undefined : Number(values['image-kib']);
if (out === undefined || (imageKiB !== undefined && !(Number.isInteger(imageKiB) && imageKiB > 0))) {
  console.error('usage: npx tsx scripts/make-warc.ts OUT.warc.gz [PAGES=1000] [--corrupt] [--image-kib N]');
  process.exit(2);
}
const pages = Number(pagesArg ?? 1000);
const fd = openSync(out, 'w');
let bytes = 0;
let records = 0;
let page = 0;
for (const member of syntheticWarcMembers({
  pages,
  ...(imageKiB === undefined ? {} : { imageBytes: imageKiB * 1024 }),
})) {
  const corrupt = values.corrupt === true && member.page !== undefined && page === 9;
  if (member.page !== undefined) page++;
  const written = corrupt ? corruptMember(member.bytes) : member.bytes;
  for (let at = 0; at < written.length;) at += writeSync(fd, written, at);
  bytes += written.length;
  records++;
}
closeSync(fd);
console.log(`${out}: ${pages} pages, ${records} records, ${bytes} bytes`);
