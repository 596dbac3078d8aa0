/**
 * End to end: `check --format html --output` writes the report of a small site (clinic
 * adverts in English and Norwegian, a saved web page), and Debian's Chromium, driven by
 * playwright-core as for the playground, opens it from disk. Checks that the summary's
 * numbers are the run's, that the worst page comes first and its link jumps to it, that a
 * claim links to its place in the file, that nothing outside the page is requested and no
 * script runs. Saves test-results/report.png.
 *
 * Not part of `npm test`: run it with `npm run test:browser` (vitest.browser.config.ts).
 * Needs /usr/bin/chromium (`apt-get install chromium`).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from './chromium.js';
import { runCli } from '../../src/cli/run.js';

const SCREENSHOT = 'test-results/report.png';

interface JsonFile {
  path: string;
  findings: { verdict: string; message: string; position: { start: { line: number; column: number } } }[];
}

async function check(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string }> {
  const out: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: () => undefined, cwd });
  return { code, stdout: out.join('\n') };
}

describe('the HTML report in Chromium', () => {
  let dir: string;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let files: JsonFile[];
  let reportUrl: string;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
    dir = mkdtempSync(join(tmpdir(), 'meso-report-site-'));
    for (const sub of ['clinic-en', 'klinikk-no', 'reports']) mkdirSync(join(dir, sub));
    writeFileSync(join(dir, 'clinic-en', 'advert.md'), readFileSync('examples/advert.md'));
    writeFileSync(join(dir, 'klinikk-no', 'annonse.md'), readFileSync('examples/annonse.md'));
    writeFileSync(join(dir, 'clinic-en', 'hair.html'), readFileSync('test/fixtures/html/en-clinic-hair.html'));
    writeFileSync(
      join(dir, 'clinic-en', 'hostile.md'),
      'Mesotherapy is safe <script>document.title = "pwned"</script><img src=x onerror="document.title=1">.\n',
    );
    const inputs = ['clinic-en/*.{md,html}', 'klinikk-no/*.md'];
    const written = await check(['check', '--format', 'html', '--output', 'reports/site.html', ...inputs], dir);
    expect(written.code).toBe(1);
    files = (JSON.parse((await check(['check', '--format', 'json', ...inputs], dir)).stdout) as { files: JsonFile[] })
      .files;
    reportUrl = pathToFileURL(join(dir, 'reports', 'site.html')).href;

    ({ context, profile } = await launchChromium());
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (request.url().split('#')[0] !== reportUrl) problems.push(`request outside the page: ${request.url()}`);
    });
    await page.goto(reportUrl);
  }, 120_000);

  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- beforeAll may have failed before it was set
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the run’s numbers in the summary', async () => {
    const all = files.flatMap((f) => f.findings);
    const shown = async (key: string): Promise<string> => page.locator(`dd[data-count="${key}"]`).innerText();
    expect(await shown('pages')).toBe(String(files.length));
    expect(await shown('claims')).toBe(String(all.length));
    expect(await shown('problems')).toBe(
      String(all.filter((f) => f.verdict === 'overstated' || f.verdict === 'contradicted').length),
    );
    for (const verdict of ['contradicted', 'overstated', 'unverifiable', 'supported'])
      expect(await page.locator(`td[data-count="${verdict}"]`).innerText()).toBe(
        String(all.filter((f) => f.verdict === verdict).length),
      );
    // The chart draws a bar per directory, as wide as its share of each verdict.
    const groups = await page
      .locator('tr[data-group]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-group')));
    expect(groups).toEqual(['clinic-en', 'klinikk-no']);
    const widths = await page
      .locator('tr[data-group="clinic-en"] .bar span')
      .evaluateAll((spans) => spans.map((s) => (s as HTMLElement).getBoundingClientRect().width));
    const bar = await page.locator('tr[data-group="clinic-en"] .bar').evaluate((b) => b.getBoundingClientRect().width);
    expect(widths.length).toBeGreaterThan(1);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(bar, 0);
  });

  it('lists the worst page first, and its link jumps to the page', async () => {
    const contradicted = (f: JsonFile): number => f.findings.filter((x) => x.verdict === 'contradicted').length;
    const overstated = (f: JsonFile): number => f.findings.filter((x) => x.verdict === 'overstated').length;
    const worst = [...files].sort((a, b) => contradicted(b) - contradicted(a) || overstated(b) - overstated(a))[0]!;
    const first = page.locator('ol.worst li').first();
    expect(await first.getAttribute('data-path')).toBe(worst.path);
    await first.locator('a').click();
    const target = page.locator(`article[data-path="${worst.path}"]`);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${await target.getAttribute('id')}`);
    expect(await target.isVisible()).toBe(true);
  });

  it('links each claim to its place in the file, with its verdict and explanation', async () => {
    const advert = files.find((f) => f.path === 'clinic-en/advert.md')!;
    const finding = advert.findings[0]!;
    const claim = page.locator('article[data-path="clinic-en/advert.md"] li.claim').first();
    expect(await claim.getAttribute('data-verdict')).toBe(finding.verdict);
    expect(await claim.locator('.message').innerText()).toBe(finding.message);
    const link = claim.locator('a.place-link');
    const { line, column } = finding.position.start;
    expect(await link.innerText()).toBe(`clinic-en/advert.md:${line}:${column}`);
    // The link resolves, from the report's directory, to the checked file.
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toBe(pathToFileURL(join(dir, 'clinic-en', 'advert.md')).href);
    // A Norwegian advert's verdicts are labelled in Norwegian.
    const badges = await page.locator('article[data-path="klinikk-no/annonse.md"] .badge').allInnerTexts();
    expect(badges.some((b) => /Overdrevet|Motsagt/.test(b))).toBe(true);
  });

  it('runs no script from a checked page, and saves a screenshot', async () => {
    expect(await page.title()).toMatch(/^Fact-check report/);
    expect(await page.locator('script').count()).toBe(0);
    const quoted = await page.locator('article[data-path="clinic-en/hostile.md"] q').allInnerTexts();
    expect(quoted.join(' ')).toContain('<script>document.title = "pwned"</script>');
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    expect(problems).toEqual([]);
  });
});
