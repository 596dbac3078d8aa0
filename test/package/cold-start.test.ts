/**
 * What the built package costs a cold process before its first result (issue 17): what
 * `import('meso-evidence/factcheck')` loads, and the form of what it compiles. Each check
 * holds one of the changes that made the first result cheaper (docs/performance.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { characterEntities } from 'character-entities';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { afterAll, describe, expect, it } from 'vitest';
import { asciiSource } from '../../scripts/lib/ascii-source.js';
import { jsonLiteral } from '../../scripts/lib/artifacts.js';
import { moduleRecorder } from '../helpers/module-log.js';

const dir = mkdtempSync(join(tmpdir(), 'meso-cold-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const record = moduleRecorder(dir, 'load');

/** The files a process that runs `args` loads (node_modules' and the package's). */
function filesLoaded(args: readonly string[]): string[] {
  const { result, urls } = record(args, 'loaded.txt');
  expect(result.stderr).toBe('');
  expect(result.stdout).toMatch(/1\n|FDA/);
  return urls.filter((url) => url.includes('/dist/') || url.includes('/node_modules/'));
}

const ENTRY = pathToFileURL(resolve('dist/factcheck/index.js')).href;
const FIRST_RESULT = [
  '--input-type=module',
  '-e',
  `const { factCheck } = await import(${JSON.stringify(ENTRY)}); console.log(factCheck('Mesotherapy melts cellulite.').findings.length);`,
];
writeFileSync(join(dir, 'ad.md'), '# Mesoterapi\n\nMesoterapi smelter fett.\n\nMesotherapy is not FDA-approved.\n');

/** The built command's own files: dist/cli/*.js and the chunks only it uses (dist/chunks/cli-*). */
function builtCommandFiles(): string[] {
  return [
    ...readdirSync('dist/cli')
      .filter((name) => name.endsWith('.js'))
      .map((name) => `dist/cli/${name}`),
    ...readdirSync('dist/chunks')
      .filter((name) => name.startsWith('cli-'))
      .map((name) => `dist/chunks/${name}`),
  ];
}

describe('the first fact-check of a cold process', () => {
  it('loads no module of HTML named character references, and at most 10 files', () => {
    const files = filesLoaded(FIRST_RESULT);
    expect(files.filter((url) => /character-entities|decode-named-character-reference/.test(url))).toEqual([]);
    expect(files.filter((url) => url.includes('/node_modules/'))).toEqual([]);
    // Every file costs the ES module loader a read, a compile and a link: 20 before issue 17's
    // second round; 11 while esbuild's namespace helper (`__export`) had a chunk of its own
    // (scripts/build.ts, withoutNamespaceImport); 10 while the engine took the bundled knowledge
    // base from the package's entry module, whose other exports (references) came along in a
    // chunk; 9 until the cue vocabulary became a module of its own (`#vocabulary`, dist/vocabulary/node.js),
    // so a browser bundle fetches it apart from the code (docs/performance.md, figure 7d).
    // Raise this only for a file the first result needs.
    expect(files.length, files.join('\n')).toBeLessThanOrEqual(10);
  });

  it('check on a Markdown file loads at most 10 files', () => {
    const files = filesLoaded([resolve('dist/cli/main.js'), 'check', 'ad.md']);
    // 30 when the command was bundled with the library (scripts/build.ts, CLI_ENTRY_POINTS);
    // 20 while the one-thread check imported the worker's module (dist/cli/check-worker.js) on demand;
    // 21 while the built-ins taken by process.getBuiltinModule were stand-in modules, which esbuild
    // gave chunks of their own (scripts/build.ts, builtinsByGetter); 19 while the worker and
    // `export` reached the engine too (WORKER_ENTRY_POINTS) and the namespace helper had a chunk;
    // 16 while the records', lexicons' and named references' modules were imported, not bundled in;
    // 12 while the engine imported the package's entry module (src/index.ts) for the knowledge base.
    expect(files.length, files.join('\n')).toBeLessThanOrEqual(10);
    expect(files.filter((url) => url.endsWith('/dist/cli/check-worker.js'))).toEqual([]);
  });

  it('bundles the Node modules of the records, lexicons, vocabulary and named references in, reading the JSON files the library reads', () => {
    // The command runs only in Node: a `#` specifier only cost it Node's package-target resolution,
    // and importing the modules by path, four files more (scripts/build.ts, SharedData).
    const built = builtCommandFiles();
    const sources = built.map((file) => readFileSync(file, 'utf8'));
    expect(sources.filter((text) => text.includes('from "#'))).toEqual([]);
    expect(sources.filter((text) => /(?:records|lexicons|vocabulary|named-references)\/node\.js/.test(text))).toEqual(
      [],
    );
    for (const name of ['records', 'lexicons', 'vocabulary'])
      expect(
        sources.some((text) =>
          // Spaces aside: the build prints the modules without them (scripts/build.ts, minifyWhitespace).
          text
            .replaceAll(' ', '')
            .includes(`readFileSync(newURL(\`../${name}/\${name}.json\`,import.meta.url),"latin1")`),
        ),
        name,
      ).toBe(true);
  });
});

describe('the Node built-in modules check loads', () => {
  /** The built-in modules a process loaded (`process.moduleLoadList`), written when it exits. */
  function builtinsLoaded(args: readonly string[]): string[] {
    const log = join(dir, 'builtins.txt');
    // The hook takes node:fs without an import, whose ES module facade would load Node's streams itself.
    const hook = `process.on('exit', () => process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(log)}, process.moduleLoadList.join('\\n')));`;
    const result = spawnSync(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, ...args],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    return readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('NativeModule '))
      .map((line) => line.slice('NativeModule '.length));
  }

  it('on a Markdown file are neither node:zlib (WARC input only) nor node:module (the version is read as a file)', () => {
    const loaded = builtinsLoaded([resolve('dist/cli/main.js'), 'check', 'ad.md']);
    expect(loaded).toContain('internal/util/parse_args/parse_args');
    expect(loaded.filter((name) => name === 'zlib' || name === 'module')).toEqual([]);
  });

  it("on a Markdown file are not Node's streams: the output is written by descriptor, fs taken without its facade", () => {
    // process.stdout, process.stderr, and an import of node:fs (whose facade reads fs.ReadStream) each load them.
    const loaded = builtinsLoaded([resolve('dist/cli/main.js'), 'check', 'ad.md']);
    expect(loaded).toContain('fs');
    const streams =
      /^(?:stream|internal\/streams\/(?:readable|writable|duplex)|internal\/fs\/(?:streams|sync_write_stream)|tty|net)$/;
    expect(loaded.filter((name) => streams.test(name))).toEqual([]);
  });

  it('are reached through process.getBuiltinModule in the built command, not imported (scripts/build.ts)', () => {
    const built = builtCommandFiles();
    const sources = built.map((file) => readFileSync(file, 'utf8'));
    expect(built.filter((_, i) => /from "node:|import\("node:|require\("node:/.test(sources[i] ?? ''))).toEqual([]);
    expect(sources.some((text) => text.includes('process.getBuiltinModule("node:fs")'))).toBe(true);
  });

  it('for --version are not node:module either', () => {
    expect(builtinsLoaded([resolve('dist/cli/main.js'), '--version']).filter((name) => name === 'module')).toEqual([]);
  });
});

describe('what the first fact-check of a cold process parses', () => {
  it('is the English lexicon for an English sentence, not the Norwegian one', () => {
    // JSON.parse is watched in a process of its own: which compiled tables are parsed.
    const script = `const parse = JSON.parse; const seen = [];
JSON.parse = (text, ...rest) => { seen.push(String(text).slice(0, 40)); return parse(text, ...rest); };
const { factCheck } = await import(${JSON.stringify(ENTRY)});
factCheck('Mesotherapy melts cellulite.');
console.log(JSON.stringify(seen));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const seen = JSON.parse(result.stdout) as string[];
    expect(seen.filter((text) => text.startsWith('{"language":"en"'))).toHaveLength(1);
    expect(seen.filter((text) => text.startsWith('{"weights":'))).toHaveLength(1);
    expect(seen.filter((text) => text.startsWith('{"language":"nb"'))).toEqual([]);
  });
});

describe('the Unicode-property patterns of the built engine', () => {
  it('are made on first use, not on import', () => {
    // Every `new RegExp` a process makes while importing the engine, by source; \p{…} patterns are
    // built from ICU's tables, so each made before a text needs it is paid by every cold process.
    const script = `const made = [];
globalThis.RegExp = new Proxy(RegExp, { construct(target, args, next) { made.push(String(args[0])); return Reflect.construct(target, args, next); } });
await import(${JSON.stringify(ENTRY)});
console.log(JSON.stringify(made));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const made = (JSON.parse(result.stdout) as string[]).filter((source) => source.includes('\\p{'));
    // Left: micromark's punctuation test (made at its module's top level), and the format
    // characters a Norwegian inflection ending is folded past. 30 before they were made on first use.
    expect(made.length, made.join('\n')).toBeLessThanOrEqual(3);
  });

  it('are not regular expression literals, whose syntax V8 checks (with the tables) when it compiles them', () => {
    for (const url of filesLoaded(FIRST_RESULT)) {
      // Strings made into patterns on first use (String.raw`…`, or "\\p{…}" where esbuild wrote
      // `new RegExp`) set aside, what is left of `\p{` is a literal's.
      const code = readFileSync(new URL(url), 'utf8').replace(/String\.raw`[^`]*`/g, '');
      expect(code.match(/(?<!\\)\\p\{[^}]*\}.*/g) ?? [], url).toEqual([]);
    }
  });
});

describe('the patterns a first fact-check of Markdown runs', () => {
  it('leave out the HTML-block pattern (some sixty names, case-insensitive) for a text with no line starting with <', () => {
    // Which patterns run is seen through RegExp.prototype.exec, which test() and exec() call once it is replaced.
    const script = `const exec = RegExp.prototype.exec; const ran = new Set();
RegExp.prototype.exec = function (text) { ran.add(this.source); return exec.call(this, text); };
const { factCheck } = await import(${JSON.stringify(ENTRY)});
const first = factCheck('# Mesotherapy\\n\\nMesotherapy melts cellulite.\\n').findings.length;
const before = [...ran];
factCheck('Mesotherapy melts cellulite.\\n\\n<div>\\nMesotherapy is FDA-approved.\\n</div>\\n');
console.log(JSON.stringify({ first, before, after: [...ran] }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const { first, before, after } = JSON.parse(result.stdout) as { first: number; before: string[]; after: string[] };
    expect(first).toBe(1);
    expect(before.length).toBeGreaterThan(5);
    expect(before.filter((source) => source.includes('blockquote|'))).toEqual([]);
    // A text with such a line does run it.
    expect(after.filter((source) => source.includes('blockquote|'))).toHaveLength(1);
  });
});

describe('named character references in Node (dist/named-references/node.js)', () => {
  it('keep their table in a function body, which V8 compiles only when a reference is met', () => {
    const source = readFileSync('dist/named-references/node.js', 'utf8');
    expect(source).toMatch(/function json\(\) ?\{\s*return ?'\{"AElig":/);
    expect(source).not.toMatch(/(?:var|let|const) json ?= /);
  });

  it('decode every name as decode-named-character-reference does, and nothing else', async () => {
    const built = (await import(pathToFileURL(resolve('dist/named-references/node.js')).href)) as {
      decodeNamedCharacterReference: (value: string) => string | false;
    };
    const names = [...Object.keys(characterEntities), 'bogus', 'amp;', '', '__proto__', 'constructor', 'toString'];
    for (const name of names)
      expect(built.decodeNamedCharacterReference(name), name).toBe(decodeNamedCharacterReference(name));
  });
});

describe('the JSON the package parses on first use', () => {
  it('is a one-byte string without single quotes, which parses to the same value', () => {
    const value = { a: "it's", b: 'på nøyaktig – “så” 𝔄', c: ['\u2028', '\\', '\n', '"'] };
    const literal = jsonLiteral(JSON.stringify(value));
    expect(literal).toMatch(/^'[\x20-\x7e]*'$/);
    expect(literal.slice(1, -1)).not.toContain("'");
    expect(JSON.parse(runInNewContext(literal) as string)).toEqual(value);
  });

  it('is printed by the build as a single-quoted string, not a template literal, in the modules bundlers get', () => {
    const built = [
      'dist/lexicons/inline.js',
      'dist/records/inline.js',
      'dist/vocabulary/inline.js',
      ...readdirSync('dist/chunks').map((name) => `dist/chunks/${name}`),
    ];
    const sources = built.map((file) => readFileSync(file, 'utf8'));
    const records = sources.filter((text) => /get (?:sources|studies|assessments)\(\) ?\{\s*return ?'\[/.test(text));
    // In dist/records/inline.js itself, not in a chunk it imports: one file fewer for every bundle.
    expect(records).toEqual([sources[1]]);
    // Each kind in a getter's body, which V8 compiles on the kind's first read, not on import.
    expect(records[0]).toMatch(/get sources\(\) ?\{\s*return ?'\[\{"id":/);
    expect(records[0]).toMatch(/get adverseEvents\(\) ?\{\s*return ?'\[\{"id":/);
    expect(records[0]).not.toMatch(/(?:var|let|const) json ?= /);
    // The cues likewise in dist/vocabulary/inline.js alone: no chunk of the library or the command holds them.
    const cues = sources.filter((text) => text.includes('[{"id":"abbreviations",'));
    expect(cues).toEqual([sources[2]]);
    expect(cues[0]).toMatch(/function json\(\) ?\{\s*return ?'\[\{"id":"abbreviations",/);
    // Each in a getter's body, compiled on first read: an English check never builds the Norwegian text.
    expect(sources[0]).toMatch(/get en\(\) ?\{\s*return ?'\{"language":"en",/);
    expect(sources[0]).toMatch(/get nb\(\) ?\{\s*return ?'\{"language":"nb",/);
    expect(sources[0]).toMatch(/get languageWords\(\) ?\{\s*return ?'\{"weights":/);
    for (const [i, text] of sources.entries()) expect(text, built[i]).not.toMatch(/JSON\.parse\(`|var json ?= ?`/);
  });
});

describe('the records, lexicons and vocabulary in Node (scripts/build.ts, JSON_FILES)', () => {
  const RECORDS = pathToFileURL(resolve('dist/records/node.js')).href;
  const LEXICONS = pathToFileURL(resolve('dist/lexicons/node.js')).href;
  const VOCABULARY = pathToFileURL(resolve('dist/vocabulary/node.js')).href;

  it('are JSON files beside their modules, which hold none of them', () => {
    for (const file of ['dist/records/node.js', 'dist/lexicons/node.js', 'dist/vocabulary/node.js']) {
      const source = readFileSync(file, 'utf8');
      expect(source.length, file).toBeLessThan(2000);
      expect(source, file).not.toMatch(/\{"(?:sources|language|weights|id)":/);
    }
    expect(readFileSync('dist/records/sources.json', 'latin1')).toMatch(/^\[\{"id":"[^"]*","type":/);
    expect(readFileSync('dist/records/adverseEvents.json', 'latin1')).toMatch(/^\[\{"id":/);
    expect(readFileSync('dist/lexicons/en.json', 'latin1')).toMatch(/^\{"language":"en",/);
    expect(readFileSync('dist/vocabulary/vocabulary.json', 'latin1')).toMatch(/^\[\{"id":"abbreviations",/);
  });

  it('are the same as the modules bundlers get hold', async () => {
    interface Records {
      loadDataset: () => unknown;
    }
    interface Lexicons {
      loadTables: () => { lexicons: Record<string, string>; languageWords: string };
    }
    const [fromFile, inline] = (await Promise.all([
      import(RECORDS),
      import(pathToFileURL(resolve('dist/records/inline.js')).href),
    ])) as [Records, Records];
    expect(fromFile.loadDataset()).toEqual(inline.loadDataset());
    expect(Object.isFrozen(fromFile.loadDataset())).toBe(true);
    const [tablesFromFile, tablesInline] = (
      (await Promise.all([import(LEXICONS), import(pathToFileURL(resolve('dist/lexicons/inline.js')).href)])) as [
        Lexicons,
        Lexicons,
      ]
    ).map((module) => module.loadTables());
    for (const language of ['en', 'nb'])
      expect(tablesFromFile?.lexicons[language], language).toBe(tablesInline?.lexicons[language]);
    expect(tablesFromFile?.languageWords).toBe(tablesInline?.languageWords);
    interface Vocabulary {
      loadCues: () => readonly unknown[];
    }
    const [cuesFromFile, cuesInline] = (
      (await Promise.all([import(VOCABULARY), import(pathToFileURL(resolve('dist/vocabulary/inline.js')).href)])) as [
        Vocabulary,
        Vocabulary,
      ]
    ).map((module) => module.loadCues());
    expect(cuesFromFile).toEqual(cuesInline);
    expect(cuesFromFile?.length).toBeGreaterThan(50);
    expect(Object.isFrozen(cuesFromFile)).toBe(true);
  });

  it('are what Node resolves #records, #lexicons and #vocabulary to; a bundler (module, browser) gets the modules that hold them', () => {
    const { imports } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      imports: Record<string, Record<string, string>>;
    };
    for (const name of ['records', 'lexicons', 'vocabulary']) {
      // Node sets neither condition; esbuild, Rollup, webpack and Vite set module, which keeps a
      // bundle whole (it would not copy the JSON files), for Node too.
      expect(Object.keys(imports[`#${name}`] ?? {})).toEqual(['browser', 'module', 'default']);
      expect(imports[`#${name}`]?.default).toBe(`./dist/${name}/node.js`);
      expect(imports[`#${name}`]?.module).toBe(`./dist/${name}/inline.js`);
    }
  });

  it('a first fact-check loads neither inline module', () => {
    const files = filesLoaded(FIRST_RESULT);
    expect(files.filter((url) => url.endsWith('/inline.js'))).toEqual([]);
    expect(files.filter((url) => url.endsWith('/dist/records/node.js'))).toHaveLength(1);
    expect(files.filter((url) => url.endsWith('/dist/vocabulary/node.js'))).toHaveLength(1);
  });
});

describe('the built modules', () => {
  it('are ASCII, so Node hands V8 one-byte source (one character outside it made all 300 KB two-byte)', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'));
    expect(files.length).toBeGreaterThan(10);
    const wide = files.filter((name) => /[^\0-\x7f]/.test(readFileSync(join('dist', name), 'utf8')));
    expect(wide).toEqual([]);
  });

  it('mean what they meant before they were made ASCII (scripts/lib/ascii-source.ts)', () => {
    const source = [
      '[',
      "  /[“”«»•]+/u.exec('a “b” • c')?.[0],",
      "  /\\•|😀/.exec('x • 😀')?.[0],",
      "  /^[😀-😂]$/u.test('😁'),",
      "  'på “sitat” … \\é 𝔄',",
      "  `mal ${'ø'} 😀`,",
      "  (() => { const æ = 'ident'; return æ; })(), // kommentar … “sitat”",
      ']',
    ].join('\n');
    const ascii = asciiSource(source);
    expect(ascii).toMatch(/^[\0-\x7f]*$/);
    expect(runInNewContext(ascii)).toEqual(runInNewContext(source));
    expect(runInNewContext(source)).toEqual(['“', '•', true, 'på “sitat” … é 𝔄', 'mal ø 😀', 'ident']);
  });
});
