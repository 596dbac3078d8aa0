/**
 * End to end: builds the playground, serves examples/playground/dist on 127.0.0.1,
 * and drives Debian's Chromium through playwright-core. Checks that every claim
 * factCheck finds in Node is highlighted in place with its verdict, that selecting
 * one explains it, and that the evidence map has a cell per assessment. Saves
 * test-results/playground.png.
 *
 * Not part of `npm test`: run it with `npm run test:browser` (vitest.browser.config.ts).
 * Needs /usr/bin/chromium (`apt-get install chromium`).
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from './chromium.js';
import { knowledgeBase } from '../../src/index.js';
import { describeClaim, factCheck, type Finding } from '../../src/factcheck/index.js';
import { buildPlayground } from '../../scripts/build-playground.js';
import { ENGLISH_ADVERT } from '../../examples/playground/src/samples.js';

const SCREENSHOT = 'test-results/playground.png';
const SEVERITY = ['contradicted', 'overstated', 'unverifiable', 'supported'];

/** A Norwegian clinic advert, different from the page's own example. */
const ADVERT = `${readFileSync('examples/annonse.md', 'utf8')}
## Resultater

Mesoterapi reduserer rynker og strammer slapp hud på kort tid.
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** A static file server for one folder, on 127.0.0.1 and a free port. */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if ((file !== root && !file.startsWith(root + sep)) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

interface Mark {
  findings: number[];
  verdicts: string[];
  shown: string;
  start: number;
  end: number;
  text: string;
}

/** The highlights on the page, with their text (the verdict tags left out). */
function readMarks(page: Page): Promise<Mark[]> {
  return page.$$eval('#highlighted .claim-mark', (els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.marks').forEach((m) => {
        m.remove();
      });
      const data = (el as HTMLElement).dataset;
      return {
        findings: (data.findings ?? '').split(' ').map(Number),
        verdicts: (data.verdicts ?? '').split(' '),
        shown: [...el.classList].find((c) => c.startsWith('v-'))?.slice(2) ?? '',
        start: Number(data.start),
        end: Number(data.end),
        text: copy.textContent,
      };
    }),
  );
}

async function enter(page: Page, text: string): Promise<readonly Finding[]> {
  const expected = factCheck(text, { format: 'markdown' }).findings;
  await page.fill('#article', text);
  // The page re-checks shortly after typing stops; wait for this text's claims.
  await page.waitForFunction(
    ([count, first]) =>
      document.body.dataset.checked === String(count) &&
      (count === 0 || document.querySelector('#findings li')?.getAttribute('data-start') === String(first)),
    [expected.length, expected[0]?.position.start.offset ?? -1] as const,
  );
  return expected;
}

describe('the playground in Chromium', () => {
  let server: Server;
  let url: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const problems: string[] = [];

  beforeAll(async () => {
    // No silent skip: this suite exists to run in a browser.
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
    await buildPlayground();
    ({ server, url } = await serve('examples/playground/dist'));
    ({ context, profile } = await launchChromium());
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(url)) problems.push(`request outside the page: ${request.url()}`);
    });
    await page.goto(url);
    await page.waitForSelector('body[data-checked]');
  }, 120_000);

  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- beforeAll may have failed before it was set
    await context?.close();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- beforeAll may have failed before it was set
    await new Promise((done) => server?.close(done));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('highlights every claim factCheck finds, in place, with its verdict', async () => {
    const findings = await enter(page, ADVERT);
    expect(findings.length).toBeGreaterThan(5);

    // The list of findings is the engine's, claim by claim.
    const listed = await page.$$eval('#findings li', (items) =>
      items.map((li) => ({
        verdict: li.getAttribute('data-verdict'),
        start: Number(li.getAttribute('data-start')),
        end: Number(li.getAttribute('data-end')),
        claim: li.getAttribute('data-claim'),
        words: li.querySelector('button')?.textContent,
      })),
    );
    expect(listed).toEqual(
      findings.map((f) => ({
        verdict: f.verdict,
        start: f.position.start.offset,
        end: f.position.end.offset,
        claim: [f.claim.subject, f.claim.predicate, f.claim.object ?? '', f.claim.polarity].join('|'),
        // Each claim in words, by the library's sentence builder.
        words: `line ${f.position.start.line}: ${describeClaim(f.claim, 'en')}`,
      })),
    );
    // …which reads as English: a negated claim says "is not", never "not is".
    const words = listed.map((item) => item.words ?? '');
    expect(words.filter((w) => /\bnot (is|has|needs)\b/.test(w))).toEqual([]);
    expect(
      words.filter((w) => /: mesotherapy is not (FDA-approved for localized fat|effective for wrinkles)$/.test(w)),
    ).toHaveLength(2);

    // The article is shown whole, and the highlights cover exactly each claim's text.
    const shown = await page.$eval('#highlighted', (el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.marks').forEach((m) => {
        m.remove();
      });
      return copy.textContent;
    });
    expect(shown).toBe(ADVERT);
    const marks = await readMarks(page);
    for (const mark of marks) expect(mark.text).toBe(ADVERT.slice(mark.start, mark.end));
    findings.forEach((finding, i) => {
      const mine = marks.filter((m) => m.findings.includes(i));
      expect(mine.map((m) => m.text).join(''), `claim ${i} (${finding.text})`).toBe(finding.text);
      for (const m of mine) {
        expect(m.verdicts).toContain(finding.verdict);
        // The colour is the worst verdict of the claims there.
        const verdicts = m.findings.map((j) => findings[j]!.verdict);
        expect(m.shown).toBe(SEVERITY.find((v) => verdicts.includes(v as Finding['verdict'])));
      }
    });
    // Every verdict is labelled in words, not only in colour.
    const tags = await page.$$eval('#highlighted .tag', (els) => els.map((el) => el.textContent));
    for (const verdict of new Set(findings.map((f) => f.verdict)))
      expect(tags.some((t) => t.includes(verdict))).toBe(true);

    // A known claim: "reduserer rynker" is overstated (the evidence for wrinkles is of very low certainty).
    const wrinkles = marks.find((m) => m.text.includes('reduserer rynker'));
    expect(wrinkles?.shown).toBe('overstated');
  });

  it('explains the claim you select, with formatted references that link to DOI and PubMed', async () => {
    const findings = factCheck(ADVERT, { format: 'markdown' }).findings;
    const index = findings.findIndex((f) => f.text.includes('reduserer rynker') && f.claim.object === 'wrinkles');
    expect(index).toBeGreaterThanOrEqual(0);
    const finding = findings[index]!;
    await page.locator('#highlighted .claim-mark', { hasText: 'reduserer rynker' }).click();
    const article = page.locator(`#details article[data-finding="${index}"]`);
    await expect.poll(() => article.count()).toBe(1);
    const text = await article.innerText();
    expect(text).toContain('Subject\nmesotherapy');
    expect(text).toContain('is effective for');
    expect(text).toContain(`Object\n${knowledgeBase.label('wrinkles', 'en')}`);
    expect(text).toContain('affirmed');
    expect(text).toContain('overstated');
    expect(text).toMatch(/benefit; GRADE certainty very low/);
    expect(await article.locator('.explanation').innerText()).toBe(finding.message);
    expect(await article.locator('.explanation').getAttribute('lang')).toBe('nb');

    const cited = await article
      .locator('.citations > li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-citation')));
    expect(cited).toEqual(finding.citations);
    for (const id of finding.citations) {
      const study = knowledgeBase.study(id);
      if (!study) continue;
      const item = article.locator(`.citations > li[data-citation="${id}"]`);
      expect(await item.locator('.ref-text').innerText()).toContain(study.citation.title.slice(0, 30));
      const links = await item.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      if (study.citation.doi) expect(links).toContain(`https://doi.org/${study.citation.doi}`);
      if (study.citation.pmid) expect(links).toContain(`https://pubmed.ncbi.nlm.nih.gov/${study.citation.pmid}/`);
    }
    const selected = await page.$$eval('#highlighted .claim-mark[aria-pressed="true"]', (els) =>
      els.map((el) => el.textContent),
    );
    expect(selected.length).toBe(1);
    expect(selected[0]).toContain('reduserer rynker');
  });

  it('selects a claim from the keyboard', async () => {
    const findings = factCheck(ADVERT, { format: 'markdown' }).findings;
    const fda = findings.findIndex((f) => f.claim.predicate === 'fda-approved' && f.claim.polarity === 'affirm');
    const mark = page.locator(`#highlighted .claim-mark[data-findings="${fda}"]`);
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`#details article[data-finding="${fda}"]`).count()).toBe(1);
    // Regulatory citations show their summary in the article's language.
    const regulatory = await page.locator(`#details article[data-finding="${fda}"] li.regulatory`).allInnerTexts();
    expect(regulatory.length).toBeGreaterThan(0);
  });

  it('draws the evidence map with one cell per assessment', async () => {
    const cells = await page.$$eval('#map td[data-assessment]', (tds) =>
      tds.map((td) => ({
        id: td.getAttribute('data-assessment'),
        direction: td.getAttribute('data-direction'),
        certainty: td.getAttribute('data-certainty'),
      })),
    );
    const assessments = knowledgeBase.dataset.assessments;
    expect(cells.length).toBe(assessments.length);
    expect([...cells].sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(
      [...assessments]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((a) => ({ id: a.id, direction: a.direction, certainty: a.certainty })),
    );
    const empty = await page.locator('#map td[data-direction="none"]').count();
    expect(empty + cells.length).toBe(
      knowledgeBase.dataset.interventions.length * knowledgeBase.dataset.indications.length,
    );
  });

  it('loads the English example and saves a screenshot', async () => {
    const expected = factCheck(ENGLISH_ADVERT, { format: 'markdown' }).findings;
    await page.click('#load-english');
    await page.waitForFunction((n) => document.body.dataset.checked === String(n), expected.length);
    expect(
      await page.locator('#findings li').evaluateAll((items) => items.map((li) => li.getAttribute('data-verdict'))),
    ).toEqual(expected.map((f) => f.verdict));

    // The screenshot shows the Norwegian advert with a claim selected.
    await enter(page, ADVERT);
    await page.locator('#highlighted .claim-mark', { hasText: 'reduserer rynker' }).click();
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    expect(problems).toEqual([]);
  });
});
