import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInProcess as run } from './helpers.js';

interface JsonReport {
  files: { path: string; language: string; findings: { verdict: string; position: { start: { line: number } } }[] }[];
}

describe('check reads web pages', () => {
  it('reads .html files as pages, with lines into the HTML, and a windows-1252 page', async () => {
    const result = await run([
      'check',
      '--format',
      'json',
      'test/fixtures/html/en-clinic-hair.html',
      'test/fixtures/html/nb-klinikk-hud.windows-1252.html',
    ]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.files.map((f) => f.language)).toEqual(['en', 'nb']);
    const html = readFileSync('test/fixtures/html/en-clinic-hair.html', 'utf8').split('\n');
    const first = report.files[0]?.findings[0];
    expect(html[(first?.position.start.line ?? 0) - 1]).toContain('thinning hair at the crown');
  });

  it('reads stdin as a page with --input html, and as Markdown without it', async () => {
    // Markdown reads the text between inline tags; a page hides it.
    const page = 'Our clinic. <span hidden>Mesotherapy is FDA-approved.</span> Mesotherapy is not FDA-approved.';
    const asHtml = await run(['check', '--format', 'json', '--input', 'html', '-'], page);
    expect(asHtml.code).toBe(0);
    const findings = (JSON.parse(asHtml.stdout) as JsonReport).files[0]?.findings ?? [];
    expect(findings.map((f) => f.verdict)).toEqual(['supported']);
    const asMarkdown = await run(['check', '--format', 'json', '-'], page);
    expect(asMarkdown.code).toBe(1);
    const byName = await run(['check', '--format', 'json', '--stdin-filename', 'page.htm', '-'], page);
    expect(byName.code).toBe(0);
  });

  it('decodes stdin bytes by the page charset, and names a page it cannot read', async () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('<meta charset="windows-1252"><p>Mesoterapi er ikke godkjent av FDA'),
      0x92,
      0x2e,
    ]);
    const ok = await run(['check', '--input', 'html', '-'], bytes);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('supported');
    const deep = await run(['check', '--input', 'html', '-'], `${'<div>'.repeat(20_000)}x`);
    expect(deep.code).toBe(2);
    expect(deep.stdout).toBe('');
    expect(deep.stderr).toBe('meso-evidence check: cannot read <stdin>: its elements are nested too deeply to read');
    const bad = await run(['check', '--input', 'xml', '-'], '<p>x</p>');
    expect(bad.code).toBe(2);
  });
});
