/**
 * Issue 15, web archives: `check crawl.warc.gz` checks every HTML response record, keyed
 * by its WARC-Target-URI and WARC-Date; non-HTML records are skipped silently; a corrupt
 * or truncated record is named by its offset and skipped, never fatal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticWarc } from '../../scripts/lib/synthetic-warc.js';
import { readDocuments } from '../../src/cli/check-sources.js';
import { runCheck } from '../../src/cli/check-command.js';
import { readWarc, type WarcEntry } from '../../src/cli/warc.js';
import { factCheckHtml } from '../../src/html/index.js';
import { BIN, cli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'meso-warc-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The bytes in chunks of `size`, as a file stream would give them. */
function chunked(bytes: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
}

/** A stdin stream of `bytes` in 4 KiB chunks that counts how many chunks have been read. */
function countingStream(bytes: Buffer): { chunks: Buffer[]; read: () => number; stream: () => AsyncGenerator<Buffer> } {
  const chunks = chunked(bytes, 4096);
  let read = 0;
  async function* stream(): AsyncGenerator<Buffer> {
    for (const chunk of chunks) {
      read++;
      yield await Promise.resolve(chunk);
    }
  }
  return { chunks, read: () => read, stream };
}

async function entries(bytes: Buffer, size = 1000): Promise<WarcEntry[]> {
  const all: WarcEntry[] = [];
  for await (const entry of readWarc(chunked(bytes, size))) all.push(entry);
  return all;
}

const pagesOf = (all: readonly WarcEntry[]) => all.flatMap((e) => ('page' in e ? [e.page] : []));
const problemsOf = (all: readonly WarcEntry[]) => all.flatMap((e) => ('problem' in e ? [e.problem] : []));

/** An uncompressed WARC record. */
const record = (headers: string, content: string): string =>
  `WARC/1.0\r\n${headers}Content-Length: ${Buffer.byteLength(content)}\r\n\r\n${content}\r\n\r\n`;
const response = (uri: string, http: string): string =>
  record(
    `WARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2026-02-03T04:05:06Z\r\nContent-Type: application/http; msgtype=response\r\n`,
    http,
  );

describe('readWarc', () => {
  it('gives every HTML response of a .warc.gz, in order, with its address, date and offset, whatever the chunks', async () => {
    const warc = syntheticWarc({ pages: 25 });
    for (const size of [1, 997, 1 << 20]) {
      const all = await entries(warc.bytes, size);
      expect(problemsOf(all)).toEqual([]);
      const pages = pagesOf(all);
      expect(pages.map((p) => [p.uri, p.date])).toEqual(warc.pages.map((p) => [p.uri, p.date]));
      expect(pages.map((p) => p.offset)).toEqual(warc.pageMembers.map((m) => warc.members[m]));
    }
    // Bodies are decoded: chunked and gzip-encoded responses (every seventh page) read as the page.
    const [, , , fourth] = pagesOf(await entries(warc.bytes));
    expect(Buffer.from(fourth?.body ?? []).toString()).toContain('<main><article>');
  });

  it('reads the same pages from the uncompressed archive, offsets being the records’ own', async () => {
    const warc = syntheticWarc({ pages: 12 });
    const plain = gunzipSync(warc.bytes);
    const pages = pagesOf(await entries(plain, 333));
    expect(pages.map((p) => p.uri)).toEqual(warc.pages.map((p) => p.uri));
    for (const page of pages) expect(plain.subarray(page.offset, page.offset + 5).toString()).toBe('WARC/');
  });

  it('names a corrupt gzip member and a truncated end by their offsets, and reads on', async () => {
    const clean = syntheticWarc({ pages: 30 });
    const bad = [clean.pageMembers[4] as number, clean.pageMembers[17] as number];
    const warc = syntheticWarc({ pages: 30, corrupt: bad, truncate: true });
    const all = await entries(warc.bytes, 4096);
    const problems = problemsOf(all);
    expect(problems.map((p) => p.offset)).toEqual([
      warc.members[bad[0] as number],
      warc.members[bad[1] as number],
      warc.members.at(-1),
    ]);
    expect(problems[0]?.message).toMatch(/gzip member/);
    expect(problems[2]?.message).toMatch(/truncated/);
    expect(pagesOf(all).map((p) => p.uri)).toEqual(warc.pages.filter((_, i) => i !== 4 && i !== 17).map((p) => p.uri));
  });

  it('skips records that are not HTML responses, and resynchronises after a record it cannot read', async () => {
    const html = 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n<p>Hud\xf8 \x93fin\x94</p>';
    const warc = Buffer.from(
      [
        record('WARC-Type: warcinfo\r\n', 'software: x\r\n'),
        response('https://a.example/img.png', 'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG'),
        record('WARC-Type: request\r\nWARC-Target-URI: https://a.example/\r\n', 'GET / HTTP/1.1\r\n\r\n'),
        'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nHTTP/1.1 200 OK\r\n\r\n',
        response('https://a.example/', html),
        response('https://a.example/bad', 'not http at all'),
        response('https://a.example/last', 'HTTP/1.1 200 OK\r\nContent-Type: TEXT/HTML\r\n\r\n<p>last</p>'),
      ].join(''),
      'latin1',
    );
    const all = await entries(warc, 50);
    expect(problemsOf(all).map((p) => p.message)).toEqual([
      'a WARC record without a valid Content-Length',
      'an HTTP response whose head cannot be read (https://a.example/bad)',
    ]);
    const pages = pagesOf(all);
    expect(pages.map((p) => p.uri)).toEqual(['https://a.example/', 'https://a.example/last']);
    expect(pages[0]?.charset).toBe('windows-1252');
  });
});

describe('readDocuments', () => {
  it('reads an archive no further than the page asked for, and reports a bad record when it reaches it', async () => {
    const clean = syntheticWarc({ pages: 300 });
    const warc = syntheticWarc({ pages: 300, corrupt: [clean.pageMembers[40] as number] });
    const { chunks, read, stream } = countingStream(warc.bytes);
    const skipped: number[] = [];
    const docs = readDocuments(
      [{ path: '-', format: 'warc' }],
      { stdin: undefined },
      dir,
      { out: () => undefined, err: () => undefined, stdinStream: stream },
      undefined,
      { skipped: (_, offset) => skipped.push(offset), unreadable: () => undefined },
    );
    const first = await docs.next();
    const firstUrl = first.done === true ? undefined : first.value.source.page?.url;
    expect(firstUrl).toBe(warc.pages[0]?.uri);
    // One page in, the stream has been read only as far as that page's record and the
    // reader's look-ahead (64 KiB: 16 chunks), not the whole archive.
    expect(chunks.length).toBeGreaterThan(80);
    expect(read()).toBeLessThanOrEqual(18);
    expect(skipped).toEqual([]);
    const urls = [firstUrl];
    for await (const doc of docs) urls.push(doc.source.page?.url);
    expect(read()).toBe(chunks.length);
    expect(skipped).toEqual([warc.members[clean.pageMembers[40] as number]]);
    expect(urls).toEqual(warc.pages.filter((_, i) => i !== 40).map((p) => p.uri));
  });
});

describe('check on a web archive', () => {
  it('writes the first page’s results before the rest of the archive is read', async () => {
    const warc = syntheticWarc({ pages: 300 });
    const { chunks, read, stream } = countingStream(warc.bytes);
    const readAtLine: number[] = [];
    const code = await runCheck(['--input', 'warc', '-'], {
      out: () => readAtLine.push(read()),
      err: () => undefined,
      stdinStream: stream,
    });
    expect(code).toBe(1);
    expect(read()).toBe(chunks.length);
    // Text is written page by page: its first line comes while most of the archive is unread.
    expect(readAtLine[0]).toBeLessThanOrEqual(18);
  });

  it('checks a 1,000-page WARC.gz end to end, keyed by address and date, and skips its corrupt record', () => {
    const clean = syntheticWarc({ pages: 1000 });
    const bad = clean.pageMembers[500] as number;
    const warc = syntheticWarc({ pages: 1000, corrupt: [bad] });
    const file = join(dir, 'crawl.warc.gz');
    writeFileSync(file, warc.bytes);
    const child = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '--jobs', '2', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const run = { code: child.status, stdout: child.stdout, stderr: child.stderr };
    const skipped = `meso-evidence check: ${file}: skipped the record at offset ${warc.members[bad]}: `;
    expect(run.stderr.startsWith(skipped), run.stderr).toBe(true);
    expect(run.stderr.slice(skipped.length)).toMatch(/^a (corrupt )?gzip member\b[^\n]*\n$/);
    expect(run.code).toBe(2);
    const files = (
      JSON.parse(run.stdout) as { files: { path: string; url: string; date: string; findings: unknown[] }[] }
    ).files;
    expect(files).toHaveLength(999);
    expect(files.map((f) => [f.path, f.url, f.date])).toEqual(
      warc.pages.filter((_, i) => i !== 500).map((p) => [file, p.uri, p.date]),
    );
    // Each page's findings are those of the page checked on its own, positions into its HTML.
    for (const index of [0, 3, 998]) {
      const own = factCheckHtml(warc.pages[index + (index >= 500 ? 1 : 0)]?.html ?? '');
      expect(JSON.stringify(files[index]?.findings)).toBe(JSON.stringify(own.findings));
    }
    expect(files.reduce((n, f) => n + f.findings.length, 0)).toBeGreaterThan(3000);
  }, 600_000);

  it('keys text, SARIF and ClaimReview output by the page address, and reads --input warc from stdin', () => {
    const warc = syntheticWarc({ pages: 4 });
    const file = join(dir, 'small.warc.gz');
    writeFileSync(file, warc.bytes);
    const [first] = warc.pages;
    const text = cli(['check', file]);
    expect(text.code).toBe(1);
    expect(text.stdout.split('\n')[0]).toBe(`${file} ${first?.uri} ${first?.date}`);
    const sarif = JSON.parse(cli(['check', '--format', 'sarif', file]).stdout) as {
      runs: { artifacts: { location: { uri: string }; properties: { fetched: string } }[] }[];
    };
    expect(sarif.runs[0]?.artifacts.map((a) => [a.location.uri, a.properties.fetched])).toEqual(
      warc.pages.map((p) => [p.uri, p.date]),
    );
    const reviews = JSON.parse(cli(['check', '--format', 'claimreview', file]).stdout) as { url: string }[];
    expect(reviews.length).toBeGreaterThan(4);
    expect(reviews.every((r) => warc.pages.some((p) => r.url.startsWith(`${p.uri}#`)))).toBe(true);
    const stdin = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '--input', 'warc', '-'], {
      input: gunzipSync(warc.bytes),
      encoding: 'utf8',
    });
    expect(stdin.status).toBe(1);
    expect((JSON.parse(stdin.stdout) as { files: { url: string }[] }).files.map((f) => f.url)).toEqual(
      warc.pages.map((p) => p.uri),
    );
  }, 120_000);
});
