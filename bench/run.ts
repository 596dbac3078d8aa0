/**
 * `npm run bench`: the performance figures of issue 7, each as a ratio measured in
 * this run against a baseline measured alongside it, with the budget it must meet.
 * Measures the built dist/ (the script builds first).
 *
 * Usage: `npm run bench [-- 1 3 7]` to run only some figures.
 */
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { bundleSize, FACTCHECK_ENTRY, QUERY_ENTRY } from './lib/bundle.js';
import { coldStart } from './lib/cold.js';
import { markdownCorpus, singleParagraph } from './lib/corpus.js';
import { factcheck, main, node, schema } from './lib/dist.js';
import { syntheticDataDirectory, syntheticRecords } from './lib/synthetic.js';
import { keep, median, ratio, ratioPerCall, time, type Ratio } from './lib/timing.js';

const MB = 1_000_000;
const only = new Set(
  process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0),
);
const wanted = (figure: number): boolean => only.size === 0 || only.has(figure);
let failures = 0;

const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const mb = (chars: number): string => `${(chars / MB).toFixed(2)} MB`;

function report(label: string, value: number, budget: number | undefined, detail: string): void {
  const verdict = budget === undefined ? '' : value <= budget ? `  ≤ ${budget} pass` : `  > ${budget} FAIL`;
  if (budget !== undefined && value > budget) failures++;
  console.log(`  ${label.padEnd(38)} ${value.toFixed(2).padStart(6)}${verdict.padEnd(12)}  ${detail}`);
}

const ratioDetail = (r: Ratio, measured: string, baseline: string, unit: (v: number) => string = ms): string =>
  `${measured} ${unit(r.measured)} ÷ ${baseline} ${unit(r.baseline)}`;

console.log(
  `meso-evidence benchmarks — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${availableParallelism()} cores, ${process.platform}/${process.arch}`,
);

const { factCheck } = await factcheck();
const { knowledgeBase } = await main();

if (wanted(1)) {
  console.log('\n1. Fact-check throughput (Markdown, English and Norwegian mixed)');
  const corpus = markdownCorpus(1.1 * MB);
  const parse = (): unknown => unified().use(remarkParse).parse(corpus);
  const check = (): unknown => factCheck(corpus);
  const r = ratio(check, parse, 5);
  const findings = factCheck(corpus).findings.length;
  report(
    'factCheck ÷ remark-parse',
    r.ratio,
    1.5,
    `${ratioDetail(r, 'factCheck', 'remark-parse')}, ${mb(corpus.length)}, ${findings} findings, ${(corpus.length / MB / (r.measured / 1000)).toFixed(2)} MB/s`,
  );
}

if (wanted(2)) {
  console.log('\n2. Cold start (whole process, median of 21 runs each, interleaved)');
  const cold = coldStart(21);
  report(
    "import('meso-evidence') ÷ bare node",
    cold.library / cold.bare,
    1.3,
    `${ms(cold.library)} ÷ ${ms(cold.bare)}; an empty ES module script takes ${ms(cold.esm)}`,
  );
  const query = await bundleSize(QUERY_ENTRY);
  console.log(`  ${''.padEnd(38)}        the query entry is ${query.inputs.length - 1} modules`);
}

if (wanted(3)) {
  console.log('\n3. Queries (ns per call, median of 9 interleaved loops)');
  const studies = knowledgeBase.dataset.studies;
  const ids = studies.map((s) => s.id);
  const byId = new Map(studies.map((s) => [s.id, s]));
  const n = ids.length;
  const N = 1_000_000;
  const ns = (v: number): string => `${v.toFixed(1)} ns`;
  const lookup = ratioPerCall(
    (i) => knowledgeBase.study(ids[i % n] as string),
    (i) => byId.get(ids[i % n] as string),
    N,
  );
  report('study(id) ÷ Map.get', lookup.ratio, 3, ratioDetail(lookup, 'study', 'Map.get', ns));
  const pairs = knowledgeBase.dataset.assessments.map((a) => [a.subject, a.indication] as const);
  const assessments = new Map(knowledgeBase.dataset.assessments.map((a) => [`${a.subject}--${a.indication}`, a]));
  const keys = pairs.map(([s, i]) => `${s}--${i}`);
  const m = pairs.length;
  const assess = ratioPerCall(
    (i) => knowledgeBase.assessment(pairs[i % m]![0], pairs[i % m]![1]),
    (i) => assessments.get(keys[i % m] as string),
    N,
  );
  report(
    'assessment(subject, indication) ÷ Map.get',
    assess.ratio,
    3,
    ratioDetail(assess, 'assessment', 'Map.get', ns),
  );
  const interventions = [...new Set(studies.flatMap((s) => s.interventions))];
  const k = interventions.length;
  const listing = ratioPerCall(
    (i) => knowledgeBase.findStudies({ intervention: interventions[i % k] as string, yearFrom: 2005 }),
    (i) => {
      const id = interventions[i % k] as string;
      return studies.filter((s) => s.interventions.includes(id) && s.citation.year >= 2005);
    },
    N / 10,
  );
  report('findStudies(filter) ÷ array filter', listing.ratio, 3, ratioDetail(listing, 'findStudies', 'filter', ns));
}

if (wanted(4)) {
  console.log('\n4. Lexicon scaling (knowledge base 100× the real one)');
  const { createKnowledgeBase } = await schema();
  const records = syntheticRecords(knowledgeBase.dataset, 100);
  const big = createKnowledgeBase(records);
  const names = (kb: typeof knowledgeBase): number =>
    [...kb.dataset.interventions, ...kb.dataset.indications].reduce(
      (sum, r) => sum + r.names.en.length + r.names.nb.length,
      0,
    );
  for (const format of ['text', 'markdown'] as const) {
    const input = markdownCorpus(0.5 * MB, 3);
    const build =
      time(() => factCheck('x', { format, knowledgeBase: big, language: 'en' })) +
      time(() => factCheck('x', { format, knowledgeBase: big, language: 'nb' }));
    const r = ratio(
      () => factCheck(input, { format, knowledgeBase: big }),
      () => factCheck(input, { format }),
      5,
    );
    report(
      `100× ÷ real knowledge base (${format})`,
      r.ratio,
      1.3,
      `${ratioDetail(r, '100×', 'real')}, ${mb(input.length)}; ${names(big)} vs ${names(knowledgeBase)} names${format === 'text' ? `; first use builds its lexicons in ${ms(build)}` : ''}`,
    );
  }
}

if (wanted(5)) {
  console.log('\n5. Input scaling (10 MB ÷ 1 MB; median of 3 interleaved runs each)');
  const cases = [
    {
      label: 'Markdown, many paragraphs',
      make: (size: number) => markdownCorpus(size, 5),
      format: 'markdown' as const,
    },
    { label: 'text, one 10 MB paragraph', make: (size: number) => singleParagraph(size, 6), format: 'text' as const },
    {
      label: 'Markdown, one 10 MB paragraph',
      make: (size: number) => singleParagraph(size, 6),
      format: 'markdown' as const,
    },
  ];
  for (const { label, make, format } of cases) {
    const small = make(MB);
    const large = make(10 * MB);
    const r = ratio(
      () => factCheck(large, { format }),
      () => factCheck(small, { format }),
      3,
      0,
    );
    report(label, r.ratio, 11, ratioDetail(r, mb(large.length), mb(small.length)));
    if (format === 'markdown') {
      const parse = ratio(
        () => unified().use(remarkParse).parse(large),
        () => unified().use(remarkParse).parse(small),
        3,
        0,
      );
      report(
        `  remark-parse alone, same input`,
        parse.ratio,
        undefined,
        ratioDetail(parse, mb(large.length), mb(small.length)),
      );
    }
  }
}

if (wanted(6)) {
  console.log('\n6. Loading (validating a data directory of 10,000 studies)');
  const { validateDirectory } = await node();
  const dir = syntheticDataDirectory(knowledgeBase.dataset, 10_000);
  try {
    const times: number[] = [];
    let records = 0;
    for (let i = 0; i < 3; i++) {
      times.push(
        time(() => {
          const result = validateDirectory(dir);
          if (!result.ok) throw new Error(`synthetic data is invalid: ${result.problems[0]?.message}`);
          records = Object.values(result.dataset).reduce((sum, list) => sum + list.length, 0);
          return result;
        }),
      );
    }
    const total = median(times);
    report('ms per record', total / records, undefined, `${ms(total)} for ${records} records (median of 3)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (wanted(7)) {
  console.log('\n7. Browser bundles (esbuild, minified, gzip -9)');
  const query = await bundleSize(QUERY_ENTRY);
  const full = await bundleSize(FACTCHECK_ENTRY);
  report(
    'query API (KB gzipped)',
    query.gzipped / 1024,
    40,
    `${(query.minified / 1024).toFixed(1)} KB minified, ${query.inputs.length - 1} modules`,
  );
  report(
    'with the fact-check engine (KB gzipped)',
    full.gzipped / 1024,
    150,
    `${(full.minified / 1024).toFixed(1)} KB minified, ${full.inputs.length - 1} modules`,
  );
}

keep(null);
console.log(failures === 0 ? '\nAll budgets met.' : `\n${failures} budget(s) not met.`);
process.exitCode = failures === 0 ? 0 : 1;
