/**
 * The malformed-data corpus: test/fixtures/data/<case>/ is the `valid/` dataset with
 * exactly one defect, so each case expects exactly one problem, with its exact file,
 * line:column, message, rule and path, and no dataset.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../src/load/problem.js';
import { validateFiles, validateRecords, type ValidationResult } from '../src/load/validate.js';
import { validateDirectory } from '../src/node/validate-directory.js';

const FIXTURES = 'test/fixtures/data';

/** What a case must report: the formatted line (`file:line:col  error  message  rule`) and the path. */
interface Expected {
  readonly line: string;
  readonly path: readonly (string | number)[];
}

const at = (fixture: string, place: string, message: string, rule: string, path: Expected['path'] = []): Expected => ({
  line: `${FIXTURES}/${fixture}/${place}  error  ${message}  ${rule}`,
  path,
});

const CASES: Record<string, Expected> = {
  'yaml-syntax-error': at(
    'yaml-syntax-error',
    'indications/cellulite.yaml:6:3',
    'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    'yaml-syntax',
  ),
  'tab-indentation': at(
    'tab-indentation',
    'indications/cellulite.yaml:8:1',
    'Tabs are not allowed as indentation in YAML; indent with spaces',
    'yaml-syntax',
  ),
  'duplicate-key': at(
    'duplicate-key',
    'sources/example-page.yaml:10:1',
    'A key appears twice in the same mapping; keep one',
    'duplicate-key',
  ),
  'several-documents': at(
    'several-documents',
    'indications/cellulite.yaml:9:1',
    'The file holds more than one YAML document ("---"); a data file holds one record',
    'yaml-syntax',
  ),
  'not-a-record': at(
    'not-a-record',
    'indications/double-chin.yaml:2:1',
    'The file must hold one record (a mapping of keys to values), not a list',
    'not-a-record',
  ),
  'wrong-type': at(
    'wrong-type',
    'studies/smith-2010.yaml:12:13',
    '`controlled` must be true or false, not the text "no"',
    'wrong-type',
    ['controlled'],
  ),
  'unknown-key': at(
    'unknown-key',
    'sources/example-page.yaml:5:1',
    'Unknown key `publsher` in a source record; check the spelling against schemas/sources.schema.json',
    'unknown-key',
    ['publsher'],
  ),
  'missing-field': at('missing-field', 'sources/example-page.yaml:2:1', '`verification` is required', 'missing-field', [
    'verification',
  ]),
  'bad-id-pattern': at(
    'bad-id-pattern',
    'indications/cellulite.yaml:2:5',
    '`id` must be lower-case letters and digits joined by single hyphens, like "park-2008"; got "Cellulite"',
    'invalid-value',
    ['id'],
  ),
  'id-differs-from-file-name': at(
    'id-differs-from-file-name',
    'indications/localized-fat.yaml:2:5',
    'The id `localised-fat` differs from the file name; rename the file to localised-fat.yaml or change the id to `localized-fat`',
    'id-mismatch',
    ['id'],
  ),
  'duplicate-id': at(
    'duplicate-id',
    'indications/cellulite.yml:2:5',
    `The id \`cellulite\` is already used by ${FIXTURES}/duplicate-id/indications/cellulite.yaml; ids must be unique`,
    'duplicate-id',
    ['id'],
  ),
  'unknown-reference': at(
    'unknown-reference',
    'studies/smith-2010.yaml:14:15',
    '`celulite` is not a known indication; add data/indications/celulite.yaml or fix the id',
    'unknown-reference',
    ['indications', 0],
  ),
  'folded-hyphen': at(
    'folded-hyphen',
    'studies/smith-2010.yaml:25:24',
    'A line break after a hyphen folds into a space: the text reads "placebo- controlled"; keep "placebo-controlled" on one line',
    'folded-hyphen',
  ),
  'parent-cycle': at(
    'parent-cycle',
    'indications/cellulite.yaml:3:9',
    'Indication parents form a cycle: cellulite → localized-fat → cellulite',
    'parent-cycle',
    ['parent'],
  ),
  'invalid-date': at(
    'invalid-date',
    'sources/example-page.yaml:7:7',
    '`date` is not a real calendar date; got "2015-02-30"',
    'invalid-value',
    ['date'],
  ),
  'invalid-doi': at(
    'invalid-doi',
    'studies/smith-2010.yaml:9:8',
    '`citation.doi` must be a DOI like "10.1097/01.prs.0000304611.71480.0a", without "https://doi.org/"; got "https://doi.org/10.1000/example.2010"',
    'invalid-value',
    ['citation', 'doi'],
  ),
  'invalid-pmid': at(
    'invalid-pmid',
    'studies/smith-2010.yaml:10:9',
    '`citation.pmid` must be a PubMed id: digits only, like "18349597"; got "PMID 12345678"',
    'invalid-value',
    ['citation', 'pmid'],
  ),
  'empty-file': at(
    'empty-file',
    'indications/localized-fat.yaml:1:1',
    'The file is empty; a data file holds one record',
    'empty-file',
  ),
  'byte-order-mark': at(
    'byte-order-mark',
    'indications/localized-fat.yaml:1:1',
    'The file starts with a byte-order mark; save it as UTF-8 without BOM',
    'encoding',
  ),
  'alias-bomb': at(
    'alias-bomb',
    'indications/lol.yaml:4:8',
    'The file expands YAML aliases more than 100 times; write the values out instead',
    'yaml-alias',
  ),
  'proto-key': at(
    'proto-key',
    'indications/cellulite.yaml:9:3',
    'Unknown key `description.__proto__` in an indication record; check the spelling against schemas/indications.schema.json',
    'unknown-key',
    ['description', '__proto__'],
  ),
  'constructor-key': at(
    'constructor-key',
    'indications/cellulite.yaml:9:1',
    'Unknown key `constructor` in an indication record; check the spelling against schemas/indications.schema.json',
    'unknown-key',
    ['constructor'],
  ),
  'assessment-cites-nothing': at(
    'assessment-cites-nothing',
    'assessments/mesotherapy--cellulite.yaml:17:10',
    'An assessment must cite at least one study, statement or source in `studies`, `statements` or `sources`',
    'missing-source',
    ['studies'],
  ),
  'unverified-field-missing': at(
    'unverified-field-missing',
    'studies/smith-2010.yaml:25:20',
    '`citation.volume` is listed as unverified but the record has no such field',
    'unknown-field',
    ['unverifiedFields', 0],
  ),
  'stray-file': {
    line: `${FIXTURES}/stray-file/indications/notes.txt  error  Only <id>.yaml files belong in a data folder  unexpected-file`,
    path: [],
  },
  'unknown-folder': {
    line: `${FIXTURES}/unknown-folder/studys  error  Unknown folder \`studys\`; data folders are sources, studies, interventions, indications, ingredients, assessments, regulatory, positions, adverse-events, cues, languages, messages  unexpected-file`,
    path: [],
  },
};

/** The cases that are not one-defect variants of `valid/`. */
const NOT_ONE_DEFECT = new Set(['valid', 'several-defects']);

function report(result: ValidationResult): Expected[] {
  return result.problems.map((problem: Problem) => ({ line: formatProblem(problem), path: problem.path }));
}

/** Every file under a directory, relative to it, with its bytes. */
function tree(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) for (const [k, v] of tree(dir, rel)) files.set(k, v);
    else files.set(rel, readFileSync(join(dir, rel), 'latin1'));
  }
  return files;
}

describe('the valid fixture', () => {
  it('passes with every record in the dataset', () => {
    const result = validateDirectory(`${FIXTURES}/valid`);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      Object.fromEntries(Object.entries(result.dataset).map(([kind, list]) => [kind, list.map((r) => r.id)])),
    ).toEqual({
      sources: ['example-page'],
      studies: ['smith-2010'],
      interventions: ['mesotherapy'],
      indications: ['cellulite', 'localized-fat'],
      ingredients: [],
      assessments: ['mesotherapy--cellulite'],
      regulatory: [],
      positions: [],
      'adverse-events': [],
      cues: [],
      languages: [],
      messages: [],
    });
    expect(Object.isFrozen(result.dataset.studies[0]?.citation.authors)).toBe(true);
  });
});

describe('each malformed fixture', () => {
  it('has an expectation, and every expectation has a fixture', () => {
    const dirs = readdirSync(FIXTURES)
      .filter((name) => !NOT_ONE_DEFECT.has(name))
      .sort();
    expect(dirs).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.keys(CASES))('%s differs from valid/ in exactly one file', (name) => {
    const valid = tree(`${FIXTURES}/valid`);
    const broken = tree(`${FIXTURES}/${name}`);
    const changed = [...new Set([...valid.keys(), ...broken.keys()])].filter(
      (file) => valid.get(file) !== broken.get(file),
    );
    expect(changed).toHaveLength(1);
  });

  it.each(Object.entries(CASES))(
    '%s: exactly one problem with file:line:col, message, rule and path; no dataset',
    (name, expected) => {
      const result = validateDirectory(`${FIXTURES}/${name}`);
      expect(report(result)).toEqual([expected]);
      expect(result.ok).toBe(false);
      expect('dataset' in result).toBe(false);
    },
  );
});

describe('several defects', () => {
  it('are all reported in one run, sorted by file and place, including rules across records', () => {
    const result = validateDirectory(`${FIXTURES}/several-defects`);
    const dir = `${FIXTURES}/several-defects`;
    expect(result.problems.map(formatProblem)).toEqual([
      `${dir}/indications/localized-fat.yaml:7:1  error  Tabs are not allowed as indentation in YAML; indent with spaces  yaml-syntax`,
      `${dir}/indications/notes.txt  error  Only <id>.yaml files belong in a data folder  unexpected-file`,
      `${dir}/sources/example-page.yaml:2:1  error  \`title\` is required  missing-field`,
      `${dir}/sources/example-page.yaml:4:1  error  Unknown key \`titel\` in a source record; check the spelling against schemas/sources.schema.json  unknown-key`,
      `${dir}/sources/example-page.yaml:7:7  error  \`date\` is not a real calendar date; got "2015-02-30"  invalid-value`,
      `${dir}/studies/smith-2010.yaml:14:15  error  \`celulite\` is not a known indication; add data/indications/celulite.yaml or fix the id  unknown-reference`,
    ]);
    expect('dataset' in result).toBe(false);
  });

  it('in a broken file do not make every reference to that record an unknown reference', () => {
    // smith-2010 is cited by the assessment; its shape error must be the only problem.
    const result = validateDirectory(`${FIXTURES}/wrong-type`);
    expect(result.problems.map((p) => p.rule)).toEqual(['wrong-type']);
  });
});

describe('validateFiles (contents passed in, any runtime)', () => {
  it('reports positions against the path given', () => {
    const result = validateFiles([
      {
        path: 'indications/pain.yaml',
        content: 'id: pain\nnames:\n  en: [pain]\n  nb: [smerte]\ndescription:\n  en: Pain.\n  fr: Douleur.\n',
      },
    ]);
    expect(result.problems.map(formatProblem)).toEqual([
      'indications/pain.yaml:7:3  error  Unknown key `description.fr` in an indication record; check the spelling against schemas/indications.schema.json  unknown-key',
    ]);
  });

  it('rejects a path that is not <kind>/<id>.yaml', () => {
    const result = validateFiles([{ path: 'studys/x.yaml', content: 'id: x\n' }]);
    expect(result.problems).toEqual([
      {
        file: 'studys/x.yaml',
        path: [],
        message:
          'Data files belong in data/<kind>/<id>.yaml with kind one of sources, studies, interventions, indications, ingredients, assessments, regulatory, positions, adverse-events, cues, languages, messages',
        rule: 'unexpected-file',
      },
    ]);
  });
});

describe('validateRecords (records in memory, no positions)', () => {
  const indication = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    id,
    names: { en: [id], nb: [id] },
    description: { en: `About ${id}.` },
    ...extra,
  });

  it('accepts valid records and returns a frozen dataset', () => {
    const result = validateRecords({ indications: [indication('pain'), indication('back-pain', { parent: 'pain' })] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.indications.map((r) => r.id)).toEqual(['back-pain', 'pain']);
    expect(Object.isFrozen(result.dataset.indications)).toBe(true);
  });

  it("checks that a named-use cue's indication exists", () => {
    const cue = (indication: string): Record<string, unknown> => ({
      id: 'named-use-hair',
      role: 'named-use',
      indication,
      description: 'Hair.',
      phrases: { en: ['hair'] },
    });
    const bad = validateRecords({ indications: [indication('alopecia')], cues: [cue('alopesia')] });
    expect(bad.problems).toEqual([
      {
        file: 'cues/named-use-hair',
        path: ['indication'],
        message: '`alopesia` is not a known indication; add data/indications/alopesia.yaml or fix the id',
        rule: 'unknown-reference',
      },
    ]);
    expect(validateRecords({ indications: [indication('alopecia')], cues: [cue('alopecia')] }).problems).toEqual([]);
  });

  it('reports problems by <kind>/<id> and path, without positions', () => {
    const result = validateRecords({
      indications: [
        indication('pain', { parent: 'ache' }),
        indication('scars', { description: { en: 'Scars.', de: 'Narben.' } }),
        { names: 'x' },
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      // Without positions, problems in one record are ordered by message.
      { file: 'indications/[2]', path: ['description'], message: '`description` is required', rule: 'missing-field' },
      { file: 'indications/[2]', path: ['id'], message: '`id` is required', rule: 'missing-field' },
      {
        file: 'indications/[2]',
        path: ['names'],
        message: '`names` must be a mapping, not the text "x"',
        rule: 'wrong-type',
      },
      {
        file: 'indications/pain',
        path: ['parent'],
        message: '`ache` is not a known indication; add data/indications/ache.yaml or fix the id',
        rule: 'unknown-reference',
      },
      {
        file: 'indications/scars',
        path: ['description', 'de'],
        message:
          'Unknown key `description.de` in an indication record; check the spelling against schemas/indications.schema.json',
        rule: 'unknown-key',
      },
    ]);
  });

  it('finds the same id used by a source and a study (one id space for citable records)', () => {
    const source = {
      id: 'smith-2010',
      type: 'web-page',
      title: 'A page',
      url: 'https://example.org/page',
      language: 'en',
      verification: 'verified',
    };
    const study = {
      id: 'smith-2010',
      citation: { authors: [{ family: 'Smith' }], title: 'T', journal: 'J', year: 2010, pmid: '12345678' },
      design: 'case-series',
      controlled: false,
      interventions: ['mesotherapy'],
      indications: ['pain'],
      intervention: 'Injections.',
      outcomes: [{ indication: 'pain', measure: 'pain', result: 'null', summary: 'No change.' }],
      result: 'null',
      summary: { en: 'Nothing.' },
      verification: 'verified',
    };
    const intervention = {
      id: 'mesotherapy',
      type: 'procedure',
      names: { en: ['mesotherapy'], nb: ['mesoterapi'] },
      description: { en: 'Injections.' },
      invasiveness: 'minimally-invasive',
      sources: ['smith-2010'],
      verification: 'verified',
    };
    const result = validateRecords({
      sources: [source],
      studies: [study],
      interventions: [intervention],
      indications: [indication('pain')],
    });
    expect(result.problems).toEqual([
      {
        file: 'studies/smith-2010',
        path: ['id'],
        message:
          'The id `smith-2010` is already used by sources/smith-2010 (a source); ids must be unique across all kinds',
        rule: 'duplicate-id',
      },
    ]);
  });

  it('reports input that is not records per kind', () => {
    expect(validateRecords({ studys: [] } as never).problems).toEqual([
      {
        file: '(input)',
        path: ['studys'],
        message:
          '`studys` is not a record kind; kinds are sources, studies, interventions, indications, ingredients, assessments, regulatory, positions, adverse-events, cues, languages, messages',
        rule: 'unexpected-file',
      },
    ]);
    expect(validateRecords({ studies: 'x' } as never).problems).toEqual([
      { file: '(input)', path: ['studies'], message: '`studies` must be an array of records', rule: 'wrong-type' },
    ]);
    expect(validateRecords(null as never).ok).toBe(false);
  });
});
