import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { factCheck } from '../../src/factcheck/fact-check.js';
import remarkMesoEvidence, { RULES_URL } from '../../src/remark.js';

async function lint(markdown: string, options?: Parameters<typeof remarkMesoEvidence>[0]): Promise<VFile> {
  const file = new VFile({ path: 'advert.md', value: markdown });
  const processor = unified().use(remarkParse).use(remarkMesoEvidence, options);
  await processor.run(processor.parse(file), file);
  return file;
}

const ADVERT = '# Mesoterapi\n\nMesoterapi reduserer cellulitter.\n\nBehandlingen er ikke godkjent av FDA.\n';

describe('remark plugin', () => {
  it('reports one message per finding, with place, rule, source, url and note', async () => {
    const file = await lint(ADVERT);
    const findings = factCheck(ADVERT, { format: 'markdown' }).findings;
    expect(file.messages).toHaveLength(findings.length);
    const [first, second] = file.messages;
    expect(first?.ruleId).toBe('effective-for');
    expect(first?.source).toBe('meso-evidence');
    expect(first?.place).toEqual(findings[0]?.position);
    expect(first?.fatal).toBe(false);
    expect(first?.url).toBe(`${RULES_URL}#effective-for`);
    expect(first?.note).toContain('rotunda-2005');
    // The whole message: the verdict label once, in the document's language.
    expect(first?.reason).toBe(
      'Overdrevet: dokumentasjonen for at mesoterapi hjelper mot cellulitt er utilstrekkelig (svært lav sikkerhet).',
    );
    expect(String(first)).toBe(`advert.md:3:1-3:34: ${first?.reason}`);
    expect(second?.reason).toBe('Støttet: FDA har ikke godkjent mesoterapi.');
    expect(second?.ruleId).toBe('fda-approved');
    expect(second?.fatal).toBeUndefined();
  });

  it('says each verdict once, in English too', async () => {
    const file = await lint('Mesotherapy is safe and melts fat. It is FDA approved.\n');
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Overstated: adverse effects of mesotherapy are documented, serious ones among them (non-tuberculous mycobacterial skin infection (abscesses, nodules, ulcers), scarring and infection), and its safety is unproven.',
      'Overstated: the little evidence there is found no benefit of mesotherapy for localized fat (very low certainty).',
      'Contradicted: the FDA has not approved mesotherapy.',
    ]);
  });

  it('reports only problems when asked', async () => {
    const file = await lint(ADVERT, { report: 'problems' });
    expect(file.messages.map((m) => m.ruleId)).toEqual(['effective-for']);
  });

  it('honours ignore comments for the next block, and per rule', async () => {
    const markdown =
      '<!-- meso-evidence ignore -->\nMesoterapi reduserer cellulitter.\n\n<!-- meso-evidence ignore safe -->\nMesoterapi er trygt og fjerner fett.\n';
    const file = await lint(markdown, { language: 'nb' });
    expect(file.messages.map((m) => [m.ruleId, m.place && 'start' in m.place ? m.place.start.line : 0])).toEqual([
      ['effective-for', 5],
    ]);
  });

  it('ignore applies to the next node only, and a rule ignored there is reported elsewhere', async () => {
    const markdown =
      '<!-- meso-evidence ignore fda-approved -->\nMesotherapy is FDA approved.\n\nMesotherapy is FDA approved.\n';
    const file = await lint(markdown, { language: 'en' });
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['fda-approved', 4]]);
  });

  it('disable with a rule id turns off only that rule until enable', async () => {
    const markdown =
      '<!-- meso-evidence disable fda-approved -->\n\nMesotherapy is safe and FDA approved.\n\n<!-- meso-evidence enable fda-approved -->\n\nMesotherapy is FDA approved.\n';
    const file = await lint(markdown, { language: 'en' });
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['safe', 3],
      ['fda-approved', 7],
    ]);
  });

  it('an unknown rule in a comment is reported, as remark-message-control does', async () => {
    const file = await lint('<!-- meso-evidence ignore cures -->\nMesotherapy is FDA approved.\n', { language: 'en' });
    expect(file.messages.map((m) => [m.source, m.reason])).toEqual([
      ['meso-evidence', 'Contradicted: the FDA has not approved mesotherapy.'],
      ['unified-message-control', "Cannot ignore `'cures'`, it’s not known"],
    ]);
  });

  it('honours disable and enable comments', async () => {
    const markdown =
      '<!-- meso-evidence disable -->\n\nMesoterapi reduserer cellulitter.\n\n<!-- meso-evidence enable -->\n\nMesoterapi fjerner fett.\n';
    const file = await lint(markdown, { language: 'nb' });
    expect(file.messages.map((m) => (m.place && 'start' in m.place ? m.place.start.line : 0))).toEqual([7]);
  });
});

describe('remark plugin and factCheck agree on raw HTML and code over 16 KB (issue 16, item 2)', () => {
  const filler = 'Nothing to see here, just words.\n\n'.repeat(600);
  const claim = 'Mesotherapy melts belly fat permanently.';
  it.each([
    ['<!--', '-->'],
    ['<pre>', '</pre>'],
    ['<script>', '</script>'],
  ])('%s … %s', async (open, close) => {
    const doc = `# Title\n\n${claim}\n\n${open}\n${filler}${claim}\n\n${filler}${close}\n\nThe end.\n`;
    const file = await lint(doc);
    const findings = factCheck(doc).findings;
    expect(findings.map((f) => f.position.start.line)).toEqual([3]);
    expect(file.messages.map((m) => m.place)).toEqual(findings.map((f) => f.position));
  });
});
