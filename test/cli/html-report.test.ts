/**
 * `check --format html`: the report's numbers are the run's, the worst pages come first,
 * texts from checked pages cannot inject markup, and the same run gives the same bytes.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { worstFirst, type ReportPage } from '../../src/cli/html-report.js';

let dir: string;

const HOSTILE = [
  '# Klinikk <script>alert(1)</script>',
  '',
  'Mesotherapy is completely safe <script>alert("x")</script> and removes cellulite <img src=x onerror=alert(2)>.',
  '',
].join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'meso-report-'));
  mkdirSync(join(dir, 'site-a'));
  mkdirSync(join(dir, 'site-b'));
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'site-a', 'hostile.md'), HOSTILE);
  writeFileSync(join(dir, 'site-a', 'clean.md'), 'Mesotherapy is not FDA-approved.\n');
  writeFileSync(join(dir, 'site-b', 'annonse.md'), readFileSync('examples/annonse.md'));
  writeFileSync(join(dir, 'site-b', 'advert.md'), readFileSync('examples/advert.md'));
  writeFileSync(
    join(dir, 'site-b', 'page.html'),
    '<!doctype html><html lang="en"><body><main><p>Mesotherapy <b>melts</b> fat &amp; is FDA&#8209;approved.</p></main></body></html>',
  );
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const INPUTS = ['site-a/*.md', 'site-b/*.{md,html}'];

function parse(html: string): Root {
  return unified().use(rehypeParse).parse(html);
}

function elements(tree: Root | Element, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (el: Element) => {
    if (test(el)) found.push(el);
  });
  return found;
}

function text(node: Element | Root): string {
  let value = '';
  visit(node, 'text', (t: { value: string }) => {
    value += t.value;
  });
  return value;
}

const byClass = (name: string) => (el: Element) =>
  Array.isArray(el.properties.className) && el.properties.className.includes(name);

interface JsonOut {
  files: {
    path: string;
    language: string;
    findings: { verdict: string; position: { start: { line: number; column: number } } }[];
  }[];
}

describe('check --format html', () => {
  it('counts what the JSON output has, worst pages first, per directory', async () => {
    const [report, json] = await Promise.all([
      run(['check', '--format', 'html', ...INPUTS]),
      run(['check', '--format', 'json', ...INPUTS]),
    ]);
    expect(report.code).toBe(1);
    expect(report.code).toBe(json.code);
    const files = (JSON.parse(json.stdout) as JsonOut).files;
    const tree = parse(report.stdout);
    const count = (key: string): string =>
      text(elements(tree, (el) => el.tagName === 'dd' && el.properties.dataCount === key)[0] as Element);
    const all = files.flatMap((f) => f.findings);
    expect(count('pages')).toBe(String(files.length));
    expect(count('claims')).toBe(String(all.length));
    expect(count('problems')).toBe(String(all.filter((f) => /overstated|contradicted/.test(f.verdict)).length));
    for (const verdict of ['contradicted', 'overstated', 'unverifiable', 'supported']) {
      const cell = elements(tree, (el) => el.tagName === 'td' && el.properties.dataCount === verdict)[0] as Element;
      expect(text(cell), verdict).toBe(String(all.filter((f) => f.verdict === verdict).length));
    }
    // Worst first: contradicted, then overstated.
    const worst = elements(tree, (el) => el.tagName === 'li' && el.properties.dataPath !== undefined).map(
      (el) => el.properties.dataPath,
    );
    const score = (path: unknown): [number, number] => {
      const f = files.find((file) => file.path === path)!.findings;
      return [f.filter((x) => x.verdict === 'contradicted').length, f.filter((x) => x.verdict === 'overstated').length];
    };
    expect(worst.length).toBeGreaterThan(2);
    for (let i = 1; i < worst.length; i++) {
      const [c0, o0] = score(worst[i - 1]);
      const [c1, o1] = score(worst[i]);
      expect(c0 > c1 || (c0 === c1 && o0 >= o1), `${String(worst[i - 1])} before ${String(worst[i])}`).toBe(true);
    }
    // The chart has a row per directory, with the directory's claims.
    const rows = elements(tree, (el) => el.tagName === 'tr' && el.properties.dataGroup !== undefined);
    expect(rows.map((r) => r.properties.dataGroup)).toEqual(['site-a', 'site-b']);
    const bars = elements(rows[1] as Element, (el) => el.tagName === 'span' && el.properties.dataCount !== undefined);
    const siteB = files.filter((f) => f.path.startsWith('site-b/')).flatMap((f) => f.findings);
    expect(bars.reduce((sum, b) => sum + Number(b.properties.dataCount), 0)).toBe(siteB.length);
    // Each claim is listed with its place, linked to the file from where the report is.
    const places = elements(tree, byClass('place-link'));
    expect(places.length).toBe(all.length);
    const advert = files.find((f) => f.path === 'site-b/advert.md')!;
    const first = advert.findings[0]!.position.start;
    expect(
      places.some(
        (a) => a.properties.href === 'site-b/advert.md' && text(a) === `site-b/advert.md:${first.line}:${first.column}`,
      ),
    ).toBe(true);
    // A Norwegian page's verdicts are in Norwegian; citations link to DOI and PubMed.
    const norwegian = elements(
      tree,
      (el) => el.tagName === 'article' && el.properties.dataPath === 'site-b/annonse.md',
    )[0]!;
    expect(text(norwegian)).toMatch(/Overdrevet|Motsagt/);
    const hrefs = elements(tree, (el) => el.tagName === 'a').map((a) => String(a.properties.href));
    expect(hrefs.some((h) => h.startsWith('https://pubmed.ncbi.nlm.nih.gov/'))).toBe(true);
    expect(hrefs.some((h) => h.startsWith('https://doi.org/'))).toBe(true);
    // An HTML page's claim is shown as read, without its tags.
    const page = elements(tree, (el) => el.tagName === 'article' && el.properties.dataPath === 'site-b/page.html')[0]!;
    const quotes = elements(page, (el) => el.tagName === 'q').map(text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.join(' ')).not.toMatch(/<\/?b>|&amp;/);
  });

  it('cannot be injected into by a page: its texts are text, scripts cannot run', async () => {
    const { stdout } = await run(['check', '--format', 'html', 'site-a/hostile.md']);
    const tree = parse(stdout);
    expect(elements(tree, (el) => el.tagName === 'script' || el.tagName === 'img')).toEqual([]);
    expect(elements(tree, (el) => Object.keys(el.properties).some((k) => /^on/i.test(k)))).toEqual([]);
    // The words are there, as text.
    expect(text(tree)).toContain('<script>alert("x")</script>');
    expect(stdout).not.toContain('<script>');
    // And a Content-Security-Policy forbids scripts and outside resources anyway.
    const csp = elements(tree, (el) => el.tagName === 'meta' && el.properties.httpEquiv !== undefined)[0]!;
    expect(String(csp.properties.content)).toContain("default-src 'none'");
    // No resource from outside the page: no src, no stylesheet link.
    expect(elements(tree, (el) => el.properties.src !== undefined || el.tagName === 'link')).toEqual([]);
  });

  it('gives the same bytes every run, with --jobs 2 too, and --output writes the same page', async () => {
    const one = await run(['check', '--format', 'html', ...INPUTS]);
    const again = await run(['check', '--format', 'html', ...INPUTS]);
    expect(again.stdout).toBe(one.stdout);
    const two = await run(['check', '--format', 'html', '--jobs', '2', ...INPUTS]);
    expect(two.stdout).toBe(one.stdout);
    const written = await run(['check', '--format', 'html', '--output', 'out/report.html', ...INPUTS]);
    expect(written.stdout).toBe('');
    expect(written.code).toBe(1);
    const file = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    // From out/, the links to the files go up a directory.
    expect(file.replaceAll('href="../site-', 'href="site-')).toBe(`${one.stdout}\n`);
    const missing = await run(['check', '--format', 'html', '--output', 'nowhere/report.html', 'site-a/clean.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('meso-evidence check: cannot write nowhere/report.html: no such directory');
    if (existsSync('/dev/full')) {
      const full = await run(['check', '--format', 'html', '--output', '/dev/full', 'site-a/clean.md']);
      expect(full.code).toBe(2);
      expect(full.stderr).toBe('meso-evidence check: cannot write /dev/full: no space left on device');
    }
  }, 120_000);

  it('groups web pages by site and links them to their URL with --base-url', async () => {
    const { stdout } = await run([
      'check',
      '--format',
      'html',
      '--base-url',
      'https://clinic.example/',
      'site-b/advert.md',
    ]);
    const tree = parse(stdout);
    expect(
      elements(tree, (el) => el.tagName === 'tr' && el.properties.dataGroup !== undefined).map(
        (r) => r.properties.dataGroup,
      ),
    ).toEqual(['clinic.example']);
    expect(elements(tree, byClass('place-link'))[0]?.properties.href).toBe('https://clinic.example/site-b/advert.md');
    expect(text(tree)).toContain('Verdicts per site');
  });

  it('with --quiet shows only the pages with problems, and says how many were checked', async () => {
    const { stdout } = await run(['check', '--format', 'html', '--quiet', ...INPUTS]);
    const tree = parse(stdout);
    const pages = elements(tree, (el) => el.tagName === 'article');
    expect(pages.map((p) => p.properties.dataPath)).not.toContain('site-a/clean.md');
    const checked = text(elements(tree, (el) => el.tagName === 'dd' && el.properties.dataCount === 'pages')[0]!);
    expect(Number(checked)).toBeGreaterThan(pages.length);
  });
});

describe('worstFirst', () => {
  it('orders by contradicted, then overstated, then input order, leaving out pages without problems', () => {
    const page = (...verdicts: string[]): ReportPage =>
      ({ path: 'x', language: 'en', group: '.', findings: verdicts.map((verdict) => ({ verdict })) }) as never;
    expect(
      worstFirst([
        page('overstated'),
        page('supported', 'unverifiable'),
        page('contradicted'),
        page('overstated', 'overstated'),
        page('contradicted', 'overstated'),
        page('overstated'),
      ]),
    ).toEqual([4, 2, 3, 0, 5]);
  });
});
