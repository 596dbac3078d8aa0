import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/cli/ndjson.js';
import { runCli } from '../../src/cli/run.js';
import { BIN } from './helpers.js';

async function run(args: readonly string[], stdin: string): Promise<{ code: number; lines: string[]; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: () => Promise.resolve(stdin),
  });
  return { code, lines: out, stderr: err.join('\n') };
}

interface ResultLine {
  line: number;
  url?: string;
  language?: string;
  findings?: { verdict: string; position: { start: { line: number; offset: number } } }[];
  error?: string;
}

const page = readFileSync('test/fixtures/html/en-clinic-hair.html', 'utf8');
const article = readFileSync('test/fixtures/articles-8/en-clinic-hair.md', 'utf8');

describe('check --input ndjson', () => {
  it('gives one result line per document, in order, each read as its field says', async () => {
    const input = [
      JSON.stringify({ url: 'https://a.example/hair', html: page }),
      JSON.stringify({ url: 'https://a.example/hair.md', markdown: article }),
      JSON.stringify({ url: 'https://b.example/', text: 'Mesotherapy is not FDA-approved.' }),
      '',
    ].join('\n');
    const { code, lines } = await run(['check', '--input', 'ndjson'], input);
    expect(code).toBe(1);
    const results = lines.map((l) => JSON.parse(l) as ResultLine);
    expect(results.map((r) => [r.line, r.url, r.language])).toEqual([
      [1, 'https://a.example/hair', 'en'],
      [2, 'https://a.example/hair.md', 'en'],
      [3, 'https://b.example/', 'en'],
    ]);
    // The page and the article give the same verdicts; the page's positions are into the HTML.
    expect(results[0]?.findings?.map((f) => f.verdict)).toEqual(results[1]?.findings?.map((f) => f.verdict));
    const first = results[0]?.findings?.[0];
    expect(page.slice(first?.position.start.offset)).toMatch(/^thinning hair at the crown/);
    expect(results[2]?.findings?.map((f) => f.verdict)).toEqual(['supported']);
  });

  it('answers a bad line with an error line and goes on; exits 2', async () => {
    const input = [
      '{"url":"u1","text":"Mesotherapy is not FDA-approved."}',
      'not json',
      '[1,2]',
      '{"url":"u4"}',
      '{"url":"u5","html":"<p>x</p>","text":"x"}',
      '{"url":7,"text":"x"}',
      '{"url":"u7","markdown":42}',
      `{"url":"u8","html":${JSON.stringify(`${'<div>'.repeat(20_000)}x`)}}`,
      '',
      '   ',
      '{"url":"u11","text":"Mesotherapy is not FDA-approved."}\r',
    ].join('\n');
    const { code, lines } = await run(['check', '--input', 'ndjson', '-'], input);
    expect(code).toBe(2);
    const results = lines.map((l) => JSON.parse(l) as ResultLine);
    expect(results.map((r) => [r.line, r.url ?? null, r.error ?? 'ok'])).toEqual([
      [1, 'u1', 'ok'],
      [2, null, expect.stringMatching(/^the line is not JSON: /) as unknown],
      [3, null, 'the line is not a JSON object'],
      [4, 'u4', 'the object has none of `html`, `text`, `markdown`'],
      [5, 'u5', 'the object has more than one of `html`, `text`, `markdown` (`html`, `text`)'],
      [6, null, '`url` must be a string'],
      [7, 'u7', '`markdown` must be a string'],
      [8, 'u8', 'cannot read the page: its elements are nested too deeply to read'],
      [11, 'u11', 'ok'],
    ]);
  });

  it('keeps only problems with --quiet, exits 1 on them and 0 without', async () => {
    const input = '{"url":"a","text":"Mesotherapy is not FDA-approved. Mesotherapy melts fat."}\n';
    const quiet = await run(['check', '--input', 'ndjson', '--quiet'], input);
    expect(quiet.code).toBe(1);
    expect((JSON.parse(quiet.lines[0] as string) as ResultLine).findings?.map((f) => f.verdict)).toEqual([
      'overstated',
    ]);
    const clean = await run(['check', '--input', 'ndjson'], '{"url":"a","text":"Mesotherapy is not FDA-approved."}\n');
    expect(clean.code).toBe(0);
  });

  it('is a usage error with files or a format other than json', async () => {
    expect((await run(['check', '--input', 'ndjson', 'ad.md'], '')).code).toBe(2);
    const sarif = await run(['check', '--input', 'ndjson', '--format', 'sarif'], '');
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toContain('--format sarif does not go with it');
  });
});

describe('splitLines', () => {
  async function collect(chunks: string[], limit: number): Promise<(string | null)[]> {
    const lines: (string | null)[] = [];
    for await (const line of splitLines(chunks, limit)) lines.push(line.bytes?.toString() ?? null);
    return lines;
  }

  it('joins lines across chunks, drops CR, and gives a line past the limit as null', async () => {
    expect(await collect(['ab', 'c\r\nd', 'e\n\nf'], 100)).toEqual(['abc', 'de', '', 'f']);
    expect(await collect(['12345', '678\nok\n'], 5)).toEqual([null, 'ok']);
  });
});

describe('the built command streams', () => {
  it('writes each result line before the next document arrives', async () => {
    const child = spawn(process.execPath, [BIN, 'check', '--input', 'ndjson'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    child.stdin.write('{"url":"first","text":"Mesotherapy is not FDA-approved."}\n');
    const first = await lines.next();
    expect((JSON.parse(first.value as string) as ResultLine).url).toBe('first');
    // The first answer came while stdin is still open: the second document is sent only now.
    child.stdin.end('{"url":"second","text":"Mesotherapy melts fat."}\n');
    const second = await lines.next();
    expect((JSON.parse(second.value as string) as ResultLine).url).toBe('second');
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(1);
  }, 30_000);
});
