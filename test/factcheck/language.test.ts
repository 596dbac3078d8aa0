/**
 * Language per block from evidence (issue 13 item 8) and reading normalisation (issue 16
 * item 3). Each case fails on the engine before language profiles: a one-sentence bokmål
 * text was read as English, Danish and Swedish as bokmål, the other language of a mixed
 * document was dropped, and homoglyphs, fullwidth letters, Hangul fillers and NFD hid claims.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGoldFolder } from '../../scripts/lib/evaluate.js';
import remarkMesoEvidence from '../../src/remark.js';
import { factCheck } from '../../src/factcheck/fact-check.js';
import { detectLanguage } from '../../src/factcheck/language.js';
import { knowledgeBase } from '../../src/index.js';

const FOLDERS = [
  '../shared/eval/dev',
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => `test/fixtures/articles${n === 1 ? '' : `-${n}`}`),
];

const claims = (input: string, format: 'text' | 'markdown' = 'text'): string[] =>
  factCheck(input, { format }).findings.map((f) =>
    `${f.claim.subject} ${f.claim.predicate} ${f.claim.object ?? ''}`.trim(),
  );

describe('language from evidence', () => {
  it('reads a one-sentence bokmål text as bokmål', () => {
    const report = factCheck('Mesoterapi fjerner fett.', { format: 'text' });
    expect(report.language).toBe('nb');
    expect(report.findings.map((f) => f.claim.object)).toContain('localized-fat');
    expect(report.notices).toEqual([]);
  });

  it.each([
    [
      'da',
      'Hvad er mesoterapi? Behandlingen fjerner fedt og cellulite uden bivirkninger, og man kan gå på arbejde bagefter, siger klinikken.',
    ],
    [
      'sv',
      'Mesoterapi tar bort fett och celluliter. Behandlingen är helt utan biverkningar och du kan gå till jobbet samma dag.',
    ],
    ['nn', 'Mesoterapi fjernar feitt og cellulittar. Behandlinga er heilt utan biverknader, og eg meiner ho er trygg.'],
    ['de', 'Mesotherapie entfernt Fett und Cellulite. Die Behandlung ist völlig ohne Nebenwirkungen und sicher.'],
  ])('gives a notice and no findings for %s, a language it does not read', (code, text) => {
    for (const format of ['text', 'markdown'] as const) {
      const report = factCheck(text, { format });
      expect(report.language).toBe(code);
      expect(report.findings).toEqual([]);
      expect(report.notices).toHaveLength(1);
      expect(report.notices[0]?.language).toBe(code);
      expect(report.notices[0]?.position.start.offset).toBe(0);
      expect(report.notices[0]?.message).toMatch(/does not read/);
    }
  });

  it('reads each part of a mixed English and bokmål document in its own language', () => {
    const input = [
      '# Mesotherapy',
      '',
      'Mesotherapy is not approved by the FDA, and the evidence that it helps against cellulite is weak.',
      '',
      'Mesoterapi fjerner fett på magen, og behandlingen er helt trygg og uten bivirkninger.',
    ].join('\n');
    const found = claims(input, 'markdown');
    expect(found).toContain('mesotherapy fda-approved');
    expect(found).toContain('mesotherapy safe');
    expect(found.some((c) => c.startsWith('mesotherapy effective-for localized-fat'))).toBe(true);
  });

  it('gives a notice for a Danish paragraph in a bokmål document, and reads the rest', () => {
    const input = [
      'Mesoterapi er ikke godkjent av FDA, og det er lite dokumentasjon for at det virker. Hva sier forskningen egentlig om behandlingen, og hvorfor er det så få studier av den? Det er ikke kjent om effekten varer.',
      '',
      'Hvad siger forskningen? Klinikken mener, at mesoterapi fjerner fedt uden bivirkninger, og at du kan gå på arbejde bagefter, men der er meget lidt dokumentation af effekten.',
    ].join('\n');
    const report = factCheck(input, { format: 'text' });
    expect(report.language).toBe('nb');
    expect(report.notices.map((n) => [n.language, n.position.start.line])).toEqual([['da', 3]]);
    expect(report.notices[0]?.message).toMatch(/dansk/);
    expect(report.findings.every((f) => f.position.start.line === 1)).toBe(true);
    expect(report.findings.map((f) => f.claim.predicate)).toContain('fda-approved');
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('the remark plugin reports the notice as a message, with place and rule id', () => {
    const file = new VFile(
      '# Mesoterapi\n\nHvad er mesoterapi? Behandlingen fjerner fedt og cellulite uden bivirkninger, og man kan gå på arbejde bagefter.\n',
    );
    const processor = unified().use(remarkParse).use(remarkMesoEvidence);
    processor.runSync(processor.parse(file), file);
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['unsupported-language', 1]]);
    expect(file.messages[0]?.reason).toMatch(/^This text is in Danish \(line 1–3\)/);
  });

  it('keeps a given language for every block', () => {
    const report = factCheck('Mesoterapi fjerner fedt og cellulitter, siger klinikken.', {
      format: 'text',
      language: 'nb',
    });
    expect(report.notices).toEqual([]);
    expect(report.findings).toHaveLength(1);
  });

  it('is not fooled by stray letters: binary noise is no language', () => {
    let noise = '';
    for (let i = 0; i < 2048; i++) noise += String.fromCharCode(0xc0 + ((i * 7919) % 64));
    expect(detectLanguage(noise, knowledgeBase.dataset)).toMatch(/^(en|nb)$/);
  });
});

/**
 * Neighbours that share bokmål's clinic vocabulary (mesoterapi, behandlingen, rynker, ingen
 * nedetid): before their profiles listed the words they share and their own forms, these
 * were read as bokmål and given findings (articles-8's nynorsk page: three false alarms).
 */
describe('neighbouring languages are not read as bokmål', () => {
  it.each([
    ['nn', 'Hjå oss får du mesoterapi mot hårtap. Behandlinga stimulerer hårveksten og er godkjend av FDA.'],
    ['nn', 'Mesoterapi gjev glattare hud og færre rynker, og behandlinga har ingen biverknader.'],
    ['da', 'Mesoterapi er en effektiv behandling mod hårtab og rynker. Der er ingen nedetid.'],
    ['da', 'Behandlingen er helt sikker og giver ingen bivirkninger. Vores injektioner fjerner fedt på maven.'],
    ['sv', 'Behandlingen är säker och ger inga biverkningar. Mesoterapi minskar celluliter på låren.'],
  ])('%s: “%s” gets a notice and no findings, in text and Markdown', (code, text) => {
    for (const format of ['text', 'markdown'] as const) {
      const report = factCheck(text, { format });
      expect(report.language).toBe(code);
      expect(report.findings).toEqual([]);
      expect(report.notices.map((n) => n.language)).toEqual([code]);
    }
  });

  it.each([
    ['nn', 'test/fixtures/articles-8/nn-klinikk-hud.md'],
    ['da', 'test/fixtures/articles-8/da-klinik-mesoterapi.md'],
    ['sv', 'test/fixtures/articles-8/sv-mottagning.txt'],
  ])('a whole %s clinic page is one notice from its first line to its last, with no findings', (code, path) => {
    const text = readFileSync(path, 'utf8');
    const last = text.trimEnd().split('\n').length;
    for (const format of ['text', 'markdown'] as const) {
      const report = factCheck(text, { format });
      expect(report.findings).toEqual([]);
      expect(report.notices.map((n) => [n.language, n.position.start.line, n.position.end.line])).toEqual([
        [code, 1, last],
      ]);
    }
    const file = new VFile(text);
    const processor = unified().use(remarkParse).use(remarkMesoEvidence);
    processor.runSync(processor.parse(file), file);
    expect(file.messages.map((m) => m.ruleId)).toEqual(['unsupported-language']);
  });

  it('reads a short bokmål sentence of its own in an English page', () => {
    const input = [
      'Mesotherapy is offered at many clinics in Oslo. Our Norwegian clients often say:',
      '',
      'Mesoterapi er trygt.',
      '',
      'The FDA has not approved mesotherapy.',
    ].join('\n');
    const report = factCheck(input, { format: 'text' });
    expect(report.language).toBe('en');
    expect(report.notices).toEqual([]);
    expect(report.findings.map((f) => [f.position.start.line, f.claim.predicate, f.claim.polarity])).toEqual([
      [3, 'safe', 'affirm'],
      [5, 'fda-approved', 'negate'],
    ]);
  });
});

describe('accuracy on the evaluation articles (the figure docs/adding-a-language.md gives)', () => {
  it('tells the language of ≥ 95 % of their paragraphs and of every document', () => {
    let documents = 0;
    let documentsRight = 0;
    let paragraphs = 0;
    let paragraphsRight = 0;
    for (const folder of FOLDERS) {
      if (!existsSync(folder)) continue;
      for (const { gold, text } of readGoldFolder(folder)) {
        documents++;
        if (detectLanguage(text, knowledgeBase.dataset) === gold.language) documentsRight++;
        for (const paragraph of text.split(/\n\s*\n/)) {
          if (paragraph.trim().length < 20) continue;
          paragraphs++;
          if (detectLanguage(paragraph, knowledgeBase.dataset) === gold.language) paragraphsRight++;
        }
      }
    }
    console.log(`language: ${documentsRight}/${documents} documents, ${paragraphsRight}/${paragraphs} paragraphs`);
    expect(documents).toBeGreaterThan(60);
    expect(documentsRight).toBe(documents);
    expect(paragraphsRight / paragraphs).toBeGreaterThanOrEqual(0.95);
  });
});

describe('reading normalisation keeps positions in the original text', () => {
  const cases: [string, string, string][] = [
    ['a Cyrillic е in a Latin word', 'M\u0435sotherapy reduces cellulite.', 'mesotherapy effective-for cellulite'],
    ['Greek ο and α', 'Mes\u03bftherapy reduces cellulite and is s\u03b1fe.', 'mesotherapy safe'],
    [
      'fullwidth letters',
      '\uff2d\uff45\uff53\uff4f\uff54\uff48\uff45\uff52\uff41\uff50\uff59 reduces cellulite.',
      'mesotherapy effective-for cellulite',
    ],
    ['a Hangul filler U+3164', 'Meso\u3164therapy reduces cellulite.', 'mesotherapy effective-for cellulite'],
    ['a Hangul filler U+FFA0', 'Mesotherapy reduces cellu\uffa0lite.', 'mesotherapy effective-for cellulite'],
    ['a Hangul filler U+115F', 'Meso\u115ftherapy reduces cellulite.', 'mesotherapy effective-for cellulite'],
    [
      'NFD text (macOS copy-paste)',
      'Mesoterapi mot hårtap er trygt og gir resultater.'.normalize('NFD'),
      'mesotherapy effective-for alopecia',
    ],
  ];

  it.each(cases)('finds the claim behind %s', (_, input, expected) => {
    for (const format of ['text', 'markdown'] as const) {
      const report = factCheck(input, { format });
      const found = report.findings.map((f) =>
        `${f.claim.subject} ${f.claim.predicate} ${f.claim.object ?? ''}`.trim(),
      );
      expect(found).toContain(expected);
      for (const finding of report.findings) {
        expect(finding.text).toBe(input.slice(finding.position.start.offset, finding.position.end.offset));
        expect(finding.position.start.offset).toBe(0);
        expect(finding.position.end.offset).toBe(input.length);
      }
    }
  });

  it('reads NFD bokmål as bokmål, not English', () => {
    const input = 'Behandlingen gir færre rynker og hjelper mot hårtap, sier klinikken på sine sider.'.normalize('NFD');
    expect(factCheck(input, { format: 'text' }).language).toBe('nb');
  });

  it('leaves Cyrillic and Greek words alone', () => {
    expect(claims('Мезотерапия уменьшает целлюлит. Η μεσοθεραπεία είναι ασφαλής.')).toEqual([]);
  });
});
