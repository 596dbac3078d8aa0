import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runInProcess as run } from './helpers.js';

const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-2.1.0-rtm.5.json', 'utf8')) as object;
// CommonJS packages: their default export is the module's `default`.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
  snippet: { text: string };
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  kind: string;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string; index: number }; region: Region };
  }[];
  properties: { verdict: string };
}
interface Log {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    artifacts: { location: { uri: string } }[];
    invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
    results: Result[];
  }[];
}

describe('check --format sarif', () => {
  it('writes a log that the SARIF 2.1.0 schema accepts, one result per finding, at its place', async () => {
    const files = ['examples/advert.md', 'test/fixtures/html/en-clinic-hair.html', 'examples/annonse.md'];
    const { code, stdout } = await run(['check', '--format', 'sarif', ...files]);
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as Log;
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs).toHaveLength(1);
    const [sarif] = log.runs;
    const json = JSON.parse((await run(['check', '--format', 'json', ...files])).stdout) as {
      files: { findings: { verdict: string; text: string; position: { start: { line: number; column: number } } }[] }[];
    };
    const findings = json.files.flatMap((f) => f.findings);
    expect(sarif?.results).toHaveLength(findings.length);
    expect(sarif?.artifacts.map((a) => a.location.uri)).toEqual(files);
    expect(sarif?.originalUriBaseIds['%SRCROOT%']?.uri).toBe(`${pathToFileURL(process.cwd()).href}/`);
    sarif?.results.forEach((result, i) => {
      const finding = findings[i];
      const { region, artifactLocation } = result.locations[0]?.physicalLocation ?? {};
      expect(result.properties.verdict).toBe(finding?.verdict);
      expect(sarif.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect({ line: region?.startLine, column: region?.startColumn, offset: region?.charOffset }).toEqual(
        finding?.position.start,
      );
      expect(region?.snippet.text).toBe(finding?.text);
      // The region is the finding's text in the file it names.
      const source = readFileSync(files[artifactLocation?.index ?? -1] as string, 'utf8');
      expect(source.slice(region?.charOffset, (region?.charOffset ?? 0) + (region?.charLength ?? 0))).toBe(
        finding?.text,
      );
    });
    const levels = Object.fromEntries(sarif?.results.map((r) => [r.properties.verdict, [r.level, r.kind]]) ?? []);
    expect(levels).toMatchObject({
      contradicted: ['error', 'fail'],
      overstated: ['warning', 'fail'],
      supported: ['none', 'pass'],
    });
  });

  it('keeps only problems with --quiet, names stdin, and carries notices as notifications', async () => {
    const quiet = JSON.parse(
      (
        await run(
          ['check', '--format', 'sarif', '--quiet', '--stdin-filename', 'ads/a b.md', '-'],
          'Mesotherapy is not FDA-approved.\n\nMesotherapy melts fat.\n',
        )
      ).stdout,
    ) as Log;
    expect(validate(quiet)).toBe(true);
    expect(quiet.runs[0]?.results.map((r) => r.properties.verdict)).toEqual(['overstated']);
    expect(quiet.runs[0]?.artifacts.map((a) => a.location.uri)).toEqual(['ads/a%20b.md']);
    const danish = JSON.parse(
      (await run(['check', '--format', 'sarif', '-'], 'Behandlingen fjerner fedt og er helt uden bivirkninger.\n'))
        .stdout,
    ) as Log;
    expect(validate(danish)).toBe(true);
    expect(danish.runs[0]?.results).toEqual([]);
    expect(danish.runs[0]?.invocations[0]?.toolExecutionNotifications).toHaveLength(1);
  });

  it('the schema rejects a broken log (the validation can fail)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });
});
