import { describe, expect, it } from 'vitest';
import { factCheck } from '../../src/factcheck/fact-check.js';

type Row = [subject: string, predicate: string, object: string | undefined, polarity: string, line: number];

const claims = (input: string, format: 'markdown' | 'text' = 'markdown', language?: 'en' | 'nb'): Row[] =>
  factCheck(input, { format, ...(language ? { language } : {}) }).findings.map((f) => [
    f.claim.subject,
    f.claim.predicate,
    f.claim.object,
    f.claim.polarity,
    f.position.start.line,
  ]);

describe('claims in English', () => {
  it('finds one claim per indication in a sentence', () => {
    expect(claims('Mesotherapy melts belly fat, smooths cellulite and tightens loose skin.')).toEqual([
      ['mesotherapy', 'effective-for', 'localized-fat', 'affirm', 1],
      ['mesotherapy', 'effective-for', 'cellulite', 'affirm', 1],
      ['mesotherapy', 'effective-for', 'skin-laxity', 'affirm', 1],
    ]);
  });

  it('takes the subject of list items from the heading or the document topic', () => {
    expect(claims('# Mesotherapy\n\n## Benefits\n\n- Reduces stubborn belly fat\n- Stimulates hair growth\n')).toEqual([
      ['mesotherapy', 'effective-for', 'localized-fat', 'affirm', 5],
      ['mesotherapy', 'effective-for', 'alopecia', 'affirm', 6],
    ]);
  });

  it('reads "no downtime" as an affirmed claim and "not FDA-approved" as a denied one', () => {
    expect(claims('# Mesotherapy\n\nMesotherapy is not FDA-approved, but there is no downtime.')).toEqual([
      ['mesotherapy', 'fda-approved', undefined, 'negate', 3],
      ['mesotherapy', 'no-downtime', undefined, 'affirm', 3],
    ]);
  });

  it('hedges', () => {
    expect(claims('There is little evidence that mesotherapy reduces cellulite.')).toEqual([
      ['mesotherapy', 'effective-for', 'cellulite', 'uncertain', 1],
    ]);
  });

  it('does not make a comparator the subject', () => {
    expect(claims('Mesotherapy offered no advantage over minoxidil for hair loss.')).toEqual([
      ['mesotherapy', 'effective-for', 'alopecia', 'negate', 1],
    ]);
  });

  it('ignores questions, headings and code', () => {
    expect(
      claims(
        '# Does mesotherapy reduce cellulite?\n\nDoes mesotherapy reduce cellulite?\n\n```\nMesotherapy reduces cellulite.\n```\n\n`mesotherapy reduces fat`\n',
      ),
    ).toEqual([]);
  });

  it('does not read reported side effects as a claim of benefit', () => {
    expect(claims('Mesotherapy can cause infections and scarring.')).toEqual([]);
  });
});

describe('claims in Norwegian', () => {
  it('reads compounds and inflections', () => {
    expect(
      claims(
        'Mesoterapi er en effektiv hårtapbehandling og gir cellulittreduksjon mot fettdepoter og strekkmerker.',
        'markdown',
        'nb',
      ).map((r) => r[2]),
    ).toEqual(['alopecia', 'cellulite', 'localized-fat', 'stretch-marks']);
  });

  it('takes the subject of a list from its lead-in', () => {
    expect(claims('Vi bruker mesoterapi mot:\n\n- hårtap\n- cellulitter på lår\n', 'markdown', 'nb')).toEqual([
      ['mesotherapy', 'effective-for', 'alopecia', 'affirm', 3],
      ['mesotherapy', 'effective-for', 'cellulite', 'affirm', 4],
    ]);
  });

  it('knows "ikke-kirurgisk" is no negation and "ingen bivirkninger" is an affirmed claim', () => {
    expect(
      claims(
        '# Mesoterapi\n\nMesoterapi er en ikke-kirurgisk behandling som fjerner fett. Behandlingen er trygg og har ingen bivirkninger.',
        'markdown',
        'nb',
      ),
    ).toEqual([
      ['mesotherapy', 'effective-for', 'localized-fat', 'affirm', 3],
      ['mesotherapy', 'safe', undefined, 'affirm', 3],
      ['mesotherapy', 'side-effect-free', undefined, 'affirm', 3],
    ]);
  });

  it('carries an FDA mention into the next sentence', () => {
    expect(
      claims(
        'Det amerikanske FDA har ikke godkjent injeksjonslipolyse. Likevel er deoksykolsyre godkjent for dobbelthake.',
        'text',
        'nb',
      ),
    ).toEqual([
      ['injection-lipolysis', 'fda-approved', undefined, 'negate', 1],
      ['deoxycholic-acid', 'fda-approved', 'submental-fat', 'affirm', 1],
    ]);
  });

  it('reads • bullets and run-together sentences in plain text', () => {
    const text =
      'Injeksjonslipolyse\n\nBehandlingen blir brukt til å:\n\n  • redusere dobbelthake\n  • glatte ut cellulitt\n\nMesoterapi gir fyldigere hår.Studier med dutasterid har vist bedre hårvekst.\n';
    expect(claims(text, 'text', 'nb')).toEqual([
      ['injection-lipolysis', 'effective-for', 'submental-fat', 'affirm', 5],
      ['injection-lipolysis', 'effective-for', 'cellulite', 'affirm', 6],
      ['mesotherapy', 'effective-for', 'alopecia', 'affirm', 8],
      ['dutasteride', 'effective-for', 'alopecia', 'affirm', 8],
    ]);
  });
});

describe('study mentions', () => {
  it('resolves year and sample size to study ids', () => {
    const [finding] = factCheck(
      'Two small studies, one of ten patients in 2006 and one of six patients in 2012, found that mesotherapy did not improve wrinkles.',
      { format: 'text' },
    ).findings;
    expect(finding?.refersTo).toEqual(['amin-2006', 'el-domyati-2012']);
  });

  it('reads Norwegian mentions', () => {
    const [finding] = factCheck('En studie fra 2008 på 20 kvinner viste at mesoterapi ikke reduserte fett på lårene.', {
      format: 'text',
      language: 'nb',
    }).findings;
    expect(finding?.refersTo).toEqual(['park-2008']);
  });

  it("breaks a tie between studies that fit the words alike by the claim's treatment and indication", () => {
    // Three systematic reviews of 2023: of skin boosters and mesotherapy for the skin, of minoxidil for
    // alopecia areata, and of mesotherapy for hair loss.
    const [finding] = factCheck(
      'A 2023 systematic review concludes that the evidence that mesotherapy helps hair loss is of low certainty.',
      { format: 'text' },
    ).findings;
    expect(finding?.refersTo).toEqual(['gupta-2023']);
  });

  it('leaves a year that fits several studies unresolved', () => {
    // Two studies of mesotherapy from 2006 (of wrinkles and of fat), neither of cellulite.
    const [finding] = factCheck('A 2006 study found mesotherapy did not reduce cellulite.', {
      format: 'text',
    }).findings;
    expect(finding?.refersTo).toEqual([]);
  });
});
