/**
 * Builds dist/: type declarations with tsc, and the JavaScript with esbuild as one
 * bundle per entry point with shared chunks — so `import('meso-evidence')` loads a few
 * files instead of two dozen (cold start), while every entry point still shares one copy
 * of each class. Dependencies stay external: they are the package's dependencies.
 *
 *   npm run build
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { characterEntities } from 'character-entities';
import { build, type BuildOptions, type OnResolveArgs } from 'esbuild';
import { asciiSource } from './lib/ascii-source.js';

/** The package's entry points (see package.json `exports` and `bin`). */
export const ENTRY_POINTS = [
  'src/index.ts',
  'src/factcheck/index.ts',
  'src/html/index.ts',
  'src/remark.ts',
  'src/schema/index.ts',
  'src/node/index.ts',
  'src/export/index.ts',
];

/**
 * The command's entry point (package.json `bin`), bundled apart from the library's: the command
 * is a process of its own, which shares no object with a caller, so it can have its own copy of
 * the engine. Bundled with the library's, its dozen lazily loaded parts (one per command and
 * output format) each reached a different subset of the engine's modules, which esbuild then
 * cut into a dozen small shared chunks: the first fact-check of `meso-evidence/factcheck` read
 * 19 files, and `check` some 30. Apart, each needs few files. The records, lexicons and cue
 * vocabulary are still shared (`#records`, `#lexicons`, `#vocabulary`).
 */
export const CLI_ENTRY_POINTS = ['src/cli/main.ts'];

/**
 * The worker `check --jobs` starts, bundled on its own (its chunks `chunks/cli-worker-*`): a
 * worker thread loads its modules afresh, sharing none with the thread that started it, so
 * nothing is gained by sharing files with the command. Bundled with it, every module of the
 * engine was reached from two entry points, and esbuild cut what `check` loads into more chunks.
 */
export const WORKER_ENTRY_POINTS = ['src/cli/check-worker.ts'];

/**
 * Dependencies left external (imported from node_modules at run time). The front end's
 * modules bundled in have no Node-only code; tinypool stays external because it starts its
 * workers from a file of its own, found next to its module. decode-named-character-reference
 * is imported through `#named-references` (see `NAMED_REFERENCES`).
 */
export const EXTERNAL = [
  'zod',
  'zod/*',
  'yaml',
  'tinyglobby',
  'remark-message-control',
  'unified',
  'vfile',
  'tinypool',
];

/**
 * HTML's named character references (`&amp;`, `&eacute;`…), which the Markdown front end
 * decodes, through `#named-references` (package.json `imports`): under the `browser`
 * condition, decode-named-character-reference itself (its browser build asks the DOM, so it
 * carries no table); in Node, `dist/named-references/node.js`, written here, which holds the
 * same table (character-entities, which decode-named-character-reference reads) as a JSON
 * string parsed on the first named reference. The package's own module spells the table as an
 * object literal of 2,125 properties, which every process compiled and built before its
 * first fact-check (about a tenth of the engine's import), whether or not the text had one.
 */
export const NAMED_REFERENCES = 'named-references/node';

/** The source of `dist/named-references/node.js`: same answers as decode-named-character-reference. */
function namedReferencesModule(): string {
  // The JSON text is returned by a function: V8 compiles a function's body on its first call, so
  // a process whose text has no named reference (most) never builds the 40 KB string.
  return `// HTML's named character references (character-entities), parsed on first use. Written by scripts/build.ts.
function json() {
  return ${JSON.stringify(JSON.stringify(characterEntities))};
}
let table;
export function decodeNamedCharacterReference(value) {
  table ??= new Map(Object.entries(JSON.parse(json())));
  return table.get(value) ?? false;
}
`;
}

/**
 * The knowledge base's records, as the built package loads them: every module that
 * imports `src/generated/dataset.ts` imports `#records` instead (package.json `imports`),
 * which is `dist/records/node.js` in Node (synchronous, `require()`-able; the records in a
 * JSON file beside it, see `JSON_FILES`), `dist/records/inline.js` (the records in the module)
 * under the `module` condition bundlers set, and `dist/records/browser.js` under the `browser`
 * condition, which loads the records with a dynamic `import()`, so an app's bundler ships them
 * as a file of their own.
 */
export const RECORDS_ENTRY_POINTS = [
  { in: 'src/records/node.ts', out: 'records/inline' },
  'src/records/browser.ts',
  { in: 'json-files:records', out: 'records/node' },
];

/**
 * The bundled knowledge base's lexicons, compiled at build time (`src/generated/lexicons.ts`):
 * imported through `#lexicons`, which is `dist/lexicons/node.js` in Node and
 * `dist/lexicons/browser.js`, which has none, under the `browser` condition (a page builds
 * them from the records instead of downloading some 30 KB gzipped more before its first result).
 */
export const LEXICONS_ENTRY_POINTS = [
  { in: 'src/lexicons/node.ts', out: 'lexicons/inline' },
  'src/lexicons/browser.ts',
  { in: 'json-files:lexicons', out: 'lexicons/node' },
];

/**
 * The fact-check engine's cue vocabulary (`src/generated/cues.ts`, written by `npm run build:data`
 * from data/cues), as the built package loads it: imported through `#vocabulary`, exactly as the
 * records are (`RECORDS_ENTRY_POINTS`): `dist/vocabulary/node.js` in Node (the text in a JSON file
 * beside it), `dist/vocabulary/inline.js` under the `module` condition, and
 * `dist/vocabulary/browser.js` under the `browser` condition, which loads it with a dynamic
 * `import()`, so an app's bundler ships it as a file of its own. Inlined, it was some 22 KB
 * gzipped of what a page loaded before its first result, and grew with every phrase the engine
 * learned (docs/performance.md, figure 7).
 *
 * Bundled apart from the library's entry points and without shared chunks, each module whole
 * (each with its own copy of `deepFreeze`, twenty lines): bundled with them, the modules that
 * freeze the records and languages and these that freeze the cues were reached from different
 * entry points, so esbuild gave `deepFreeze` a chunk of its own, one file more for every
 * first fact-check in Node and for every page.
 */
export const VOCABULARY_ENTRY_POINTS = [
  { in: 'src/vocabulary/node.ts', out: 'vocabulary/inline' },
  'src/vocabulary/browser.ts',
  { in: 'json-files:vocabulary', out: 'vocabulary/node' },
];

/**
 * Where the records, lexicons and cue vocabulary are in Node: in JSON files beside their modules,
 * read with `readFileSync` on first use (the text a generated module's `function json()` returned
 * goes to `<name>.json`, `dist/vocabulary/vocabulary.json`; a getter's to `<getter>.json`, one per
 * kind of record, `dist/records/studies.json`, and per lexicon, `dist/lexicons/en.json`). As string
 * literals in a module (`dist/records/inline.js`, `dist/lexicons/inline.js`, which bundlers get:
 * the `module` and `browser` conditions of `#records` and `#lexicons`), Node decoded all 580 KB of
 * them, V8 scanned them when it compiled the module and again when it compiled the function
 * returning one, on every first fact-check (about 16 M instructions, 2 % of a cold process to its
 * first result). The generated module (`src/generated/dataset.ts`, `lexicons.ts`, `cues.ts`) is
 * bundled as it is, but for each text a function or getter returned, which now reads the file
 * this writes.
 */
const JSON_FILES = {
  records: 'src/generated/dataset.ts',
  lexicons: 'src/generated/lexicons.ts',
  vocabulary: 'src/generated/cues.ts',
} as const;

/**
 * Reads a JSON text written by the build, from `dir` (relative to the built module): ASCII, so
 * read as latin1 (one byte, one character).
 */
const readJsonSource = (dir: string): string => `
function readJson(name: string): string {
  return process.getBuiltinModule('node:fs').readFileSync(new URL(\`${dir}\${name}.json\`, import.meta.url), 'latin1');
}
`;

/**
 * The generated module `source` with each text it returned (`return '…';` in `function json()`
 * or a getter) read from a JSON file in `dir` instead, and those files' names and texts: a
 * getter's text is named after the getter, `function json()`'s after the module's key in
 * `JSON_FILES` (`name`).
 */
function jsonFileVariant(
  source: string,
  dir: string,
  name: keyof typeof JSON_FILES,
): { code: string; files: Map<string, string> } {
  const files = new Map<string, string>();
  const code = source.replace(
    /^( *)(?:function (json)\(\): string|get (\w+)\(\)) \{\n( *)return ('(?:[^'\\\n]|\\.)*');$/gm,
    (_match, indent: string, fn: string | undefined, getter: string | undefined, inner: string, literal: string) => {
      const file = fn === undefined ? (getter as string) : name;
      const text = runInNewContext(literal) as string;
      if (!/^[\x20-\x7e]*$/.test(text)) throw new Error(`the ${file} JSON text is not printable ASCII`);
      files.set(file, text);
      return `${indent}${fn === undefined ? `get ${file}()` : 'function json(): string'} {\n${inner}return readJson(${JSON.stringify(file)});`;
    },
  );
  if (files.size === 0) throw new Error('no JSON text found to move to a file');
  return { code: `${code}\n${readJsonSource(dir)}`, files };
}

rmSync('dist', { recursive: true, force: true });
execFileSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--emitDeclarationOnly'],
  { stdio: 'inherit' },
);
/**
 * How a bundle gets the records, lexicons, cue vocabulary and named references. The library's
 * (`condition`) imports their modules through package.json `imports` (`#records`…), so a browser
 * bundle gets their `browser` modules. The command's (`inline`), which runs only in Node, bundles
 * their Node modules in, reading the same JSON files (`dist/records/`, `dist/lexicons/`,
 * `dist/vocabulary/`: its chunks and entry point all sit one folder below dist/). Imported, by relative path, they were four files
 * more for every `check` (the three modules and the library chunk the records' module imports),
 * and two copies of the languages' module.
 */
type SharedData = 'condition' | 'inline';

/**
 * How the command's bundle reaches Node's built-in modules: `process.getBuiltinModule`
 * (Node >= 20.16), not an `import` of `node:fs`. An ES module import of a built-in makes
 * Node build its ES module facade, which reads every export once: for `node:fs` that
 * includes `ReadStream`, whose getter loads Node's whole stream implementation (some twenty
 * internal modules, about 30 M instructions, 5 % of a `check`) though `check` on a file
 * never makes a stream (see `builtinsByGetter`). The library's bundle keeps its `node:`
 * imports: a browser bundler must still see, and refuse, a built-in there.
 *
 * So a source module of the command has its imports of Node built-ins (`import { readFileSync }
 * from 'node:fs';`) made reads of `process.getBuiltinModule` (`const { readFileSync } =
 * process.getBuiltinModule('node:fs');`). In place, not as modules of their own: esbuild gave
 * a stand-in module for a built-in a chunk of its own, one file more for the loader to find,
 * read and compile in every process.
 */
function builtinsByGetter(source: string): string {
  return source.replace(
    /^import \{([^}]*)\} from '(node:[^']+)';$/gm,
    (_match, names: string, specifier: string) =>
      `const {${names.replace(/\bas\b/g, ':')}} = process.getBuiltinModule(${JSON.stringify(specifier)});`,
  );
}

/**
 * The modules of bundled dependencies that import a module as a namespace: micromark's parser
 * (its constructs) and property-information's (its property types, in the HTML front end).
 */
const NAMESPACE_IMPORTERS =
  /[\\/]node_modules[\\/](?:micromark[\\/]lib[\\/]parse|property-information[\\/]lib[\\/]util[\\/]defined-info)\.js$/;

/**
 * A module with its `import * as name from './file.js'` made named imports gathered in a plain
 * object with the same keys in the same order (a namespace object's keys are sorted). A namespace
 * import makes esbuild build the namespace object with a helper (`__export`), which it put in a
 * chunk of its own that every entry point and chunk imported: one file more, of five lines, for
 * every process to resolve, read and link before its first result, library and command alike.
 * Both importers only read the object's own keys and values (`combineExtensions`, `Object.keys`).
 * Only `export const` declarations are read: a module exporting anything else fails the build.
 */
function withoutNamespaceImport(path: string): string {
  const source = readFileSync(path, 'utf8');
  const found = /^import \* as (\w+) from '(\.\/[\w-]+\.js)'$/m.exec(source.replaceAll(';', ''));
  if (!found) throw new Error(`${path} no longer imports a namespace: take it out of NAMESPACE_IMPORTERS`);
  const [, name, specifier] = found as unknown as [string, string, string];
  const target = readFileSync(join(path, '..', specifier), 'utf8');
  if (/^export (?!const )/m.test(target)) throw new Error(`${specifier} (from ${path}) exports more than constants`);
  const names = [...target.matchAll(/^export const (\w+)/gm)].map((match) => match[1] as string).sort();
  const imports = names.map((key) => `${key} as ${name}_${key}`).join(', ');
  const object = names.map((key) => `${key}: ${name}_${key}`).join(', ');
  return source.replace(
    new RegExp(`^import \\* as ${name} from '${specifier.replaceAll('.', '\\.')}';?$`, 'm'),
    `import { ${imports} } from '${specifier}';\nconst ${name} = { ${object} };`,
  );
}

/**
 * Bundles entry points into dist/, with shared chunks named `chunks/<prefix>chunk-<hash>.js`;
 * `shared` gives the specifier the bundle imports the records, lexicons, cue vocabulary and named
 * references by; `getBuiltins` reaches Node's built-in modules through `process.getBuiltinModule` (see
 * `builtinsByGetter`); `splitting` false bundles each entry point whole, with no shared chunk (see
 * `VOCABULARY_ENTRY_POINTS`); `compact` leaves out whitespace and comments (the command's bundles,
 * which no other bundler reads).
 */
async function bundle(
  entryPoints: BuildOptions['entryPoints'],
  prefix: string,
  shared: SharedData,
  getBuiltins = false,
  splitting = true,
  compact = false,
): Promise<void> {
  await build({
    entryPoints,
    outbase: 'src',
    outdir: 'dist',
    bundle: true,
    splitting,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The Markdown front end (mdast-util-from-markdown and micromark: some 40 small modules)
    // is bundled in, so the first fact-check of a cold process reads one file, not forty.
    external: EXTERNAL,
    chunkNames: `chunks/${prefix}[name]-[hash]`,
    legalComments: 'none',
    // Shorter spellings of the same code (`void 0`, `!0`, merged declarations), and for the command
    // no indentation, line breaks or comments either: V8 scans every byte of a module when it
    // compiles it and again when it compiles each function on its first call, and a cold process
    // compiles some 0.4 MB of it before its first result (issue 17). Names are kept, so a stack trace
    // still says where. The library keeps its comments: esbuild drops the `@__PURE__` annotations
    // with them, and an app's bundler then keeps code the app never calls (the rule catalogue:
    // figure 7b grew by some 16 KB gzipped).
    minifyWhitespace: compact,
    minifySyntax: true,
    logLevel: 'warning',
    plugins: [
      {
        name: 'records-apart',
        setup(build) {
          const data = (name: keyof typeof JSON_FILES) => (args: OnResolveArgs) =>
            new RegExp(`[\\\\/]src[\\\\/]${name}[\\\\/]`).test(args.importer)
              ? undefined
              : shared === 'inline'
                ? { path: name, namespace: 'json-files', pluginData: `../${name}/` }
                : { path: `#${name}`, external: true };
          build.onResolve({ filter: /\/generated\/dataset\.js$/ }, data('records'));
          build.onResolve({ filter: /\/generated\/lexicons\.js$/ }, data('lexicons'));
          build.onResolve({ filter: /\/generated\/cues\.js$/ }, data('vocabulary'));
          build.onResolve({ filter: /^decode-named-character-reference$/ }, () =>
            shared === 'inline'
              ? { path: 'node', namespace: 'named-references' }
              : { path: '#named-references', external: true },
          );
          build.onResolve({ filter: /^named-references:node$/ }, () => ({
            path: 'node',
            namespace: 'named-references',
          }));
          build.onLoad({ filter: /.*/, namespace: 'named-references' }, () => ({
            contents: namedReferencesModule(),
            loader: 'js',
          }));
          build.onResolve({ filter: /^json-files:/ }, (args) => ({
            path: args.path.slice('json-files:'.length),
            namespace: 'json-files',
          }));
          build.onLoad({ filter: /.*/, namespace: 'json-files' }, (args) => {
            const name = args.path as keyof typeof JSON_FILES;
            const dir = typeof args.pluginData === 'string' ? args.pluginData : './';
            const { code, files } = jsonFileVariant(readFileSync(JSON_FILES[name], 'utf8'), dir, name);
            mkdirSync(join('dist', name), { recursive: true });
            for (const [file, text] of files) writeFileSync(join('dist', name, `${file}.json`), text);
            return { contents: code, loader: 'ts', resolveDir: resolve('src/generated') };
          });
          // Without shared chunks, the browser module's `import('./node.js')` would be bundled into it:
          // it imports the built module that holds the data instead, a file of its own.
          if (!splitting)
            build.onResolve({ filter: /^\.\/node\.js$/ }, (args) =>
              args.kind === 'dynamic-import' ? { path: './inline.js', external: true } : undefined,
            );
          build.onLoad({ filter: NAMESPACE_IMPORTERS }, (args) => ({
            contents: withoutNamespaceImport(args.path),
            loader: 'js',
          }));
          if (getBuiltins)
            build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
              const source = readFileSync(args.path, 'utf8');
              const code = builtinsByGetter(source);
              return code === source ? undefined : { contents: code, loader: 'ts' };
            });
        },
      },
    ],
  });
}

await bundle(
  [
    ...ENTRY_POINTS,
    ...RECORDS_ENTRY_POINTS,
    ...LEXICONS_ENTRY_POINTS,
    { in: 'named-references:node', out: NAMED_REFERENCES },
  ],
  '',
  'condition',
);
await bundle(VOCABULARY_ENTRY_POINTS, 'vocabulary-', 'condition', false, false);
await bundle(CLI_ENTRY_POINTS, 'cli-', 'inline', true, true, true);
await bundle(WORKER_ENTRY_POINTS, 'cli-worker-', 'inline', true, true, true);

// Every built module in ASCII: one character outside it made Node decode the whole file into a
// two-byte string for V8 to scan (see scripts/lib/ascii-source.ts).
for (const entry of readdirSync('dist', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
  const file = join(entry.parentPath, entry.name);
  const code = readFileSync(file, 'utf8');
  const ascii = asciiSource(code);
  if (ascii !== code) writeFileSync(file, ascii);
}
