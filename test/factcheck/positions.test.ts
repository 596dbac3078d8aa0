import { describe, expect, it } from 'vitest';
import { factCheck } from '../../src/factcheck/fact-check.js';
import { factCheckHtml } from '../../src/html/fact-check-html.js';

describe('positions', () => {
  it('point at the text they quote, in plain text with CRLF line ends', () => {
    const input = 'Title line\r\n\r\nIntro.\r\n\r\n  Mesotherapy smooths cellulite.\r\n';
    const [finding] = factCheck(input, { format: 'text', language: 'en' }).findings;
    expect(finding?.text).toBe('Mesotherapy smooths cellulite.');
    expect(finding?.position.start).toEqual({ line: 5, column: 3, offset: input.indexOf('Mesotherapy') });
    expect(input.slice(finding?.position.start.offset, finding?.position.end.offset)).toBe(finding?.text);
  });

  it('point into the Markdown source through emphasis, escapes and list indentation', () => {
    const input = '# Mesotherapy\n\n- It *really* \\*melts\\* belly fat and\n  smooths cellulite.\n';
    const findings = factCheck(input, { format: 'markdown', language: 'en' }).findings;
    expect(findings.map((f) => f.claim.object)).toEqual(['localized-fat', 'cellulite']);
    for (const finding of findings) {
      expect(finding.position.start.line).toBe(3);
      expect(finding.position.start.column).toBe(3);
      expect(input.slice(finding.position.start.offset, finding.position.end.offset)).toBe(finding.text);
      expect(finding.text.startsWith('It *really*')).toBe(true);
    }
  });

  it('start a claim after a label line on the line of its own sentence, in Markdown and in HTML (en and nb)', () => {
    const cases = [
      ['en', '**Clinic · 19:09**\nTotally safe! Mesotherapy melts fat.\n', 'Mesotherapy melts fat.'],
      ['en', '**Thighs**  \nMesotherapy smooths cellulite.\n', 'Mesotherapy smooths cellulite.'],
      ['nb', '**Ida (klinikken) · 19:09**\nHei! Mesoterapi fjerner fett.\n', 'Mesoterapi fjerner fett.'],
    ] as const;
    for (const [language, input, text] of cases) {
      const [finding] = factCheck(input, { format: 'markdown', language }).findings;
      expect(finding?.text).toBe(text);
      expect(finding?.position.start.line).toBe(2);
    }
    const html = '<p><b>Ida (klinikken) · 19:09</b><br>\nMesoterapi fjerner fett.</p>';
    const [finding] = factCheckHtml(html, { language: 'nb' }).findings;
    expect(finding?.text).toBe('Mesoterapi fjerner fett.');
  });

  it('give the same output for the same input', () => {
    const input = 'Mesoterapi reduserer rynker. Behandlingen er trygg.';
    expect(JSON.stringify(factCheck(input))).toBe(JSON.stringify(factCheck(input)));
  });
});
