/**
 * The HTML report of `check` (`--format html`): one self-contained page a reader who is
 * not a developer can open — a summary (pages checked, claims by verdict, the worst pages
 * first, a bar chart of verdicts per site or directory), then each page with its claims,
 * verdicts, explanations, citations and a link to the place. No script, no external
 * resource; every text from a checked page is escaped (the page is built as a hast tree
 * with `hastscript` and serialised by `hast-util-to-html`, never by pasting strings), and
 * a Content-Security-Policy forbids scripts besides. The same reports give the same bytes.
 *
 * @module
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Verdict } from '../evidence/claim.js';
import type { Finding, Notice } from '../factcheck/finding.js';
import { knowledgeBase } from '../kb/bundled.js';
import { bundledMessages } from '../messages/messages.js';
import { formatReference } from '../references/vancouver.js';
import type { LanguageCode } from '../schema/language.js';
import { PROBLEM_VERDICTS } from './text-report.js';

/** One checked page or file, as the report shows it. */
export interface ReportPage {
  /** The path as given, or the page's URL. */
  readonly path: string;
  /** The language the page was read in. */
  readonly language: LanguageCode;
  /** The findings to show. */
  readonly findings: readonly Finding[];
  /** The notices (parts in a language the engine does not read). */
  readonly notices?: readonly Notice[];
  /** Where the page is, as a link (a relative path, a `file:` or an `http(s):` URL); none for stdin. */
  readonly href?: string;
  /** The site (a URL's host) or directory the chart counts the page under. */
  readonly group: string;
  /** Whether the findings' texts are HTML source (their tags are dropped when shown). */
  readonly html?: boolean;
}

/** What the report says about itself. */
export interface HtmlReportOptions {
  /** The tool's version, shown in the header. */
  readonly version: string;
  /** What the chart's groups are: sites (hosts of URLs) or directories. */
  readonly groupedBy: 'site' | 'directory';
  /** How many pages were checked, when more than are shown (`--quiet` shows only those with problems). */
  readonly checked?: number;
}

/** The verdicts from worst to best: the order of counts, bars and legends. */
const SEVERITY: readonly Verdict[] = ['contradicted', 'overstated', 'unverifiable', 'supported'];

/** What each verdict means, for the legend. */
const MEANING: Readonly<Record<Verdict, string>> = {
  contradicted: 'the claim conflicts with the evidence or a regulatory fact',
  overstated: 'the claim asserts more than the evidence holds',
  unverifiable: 'the knowledge base has nothing to judge the claim by',
  supported: 'the claim agrees with the evidence',
};

/** How many of the worst pages the summary lists. */
const WORST_LISTED = 20;

const STYLE = `
:root { color-scheme: light; --contradicted: #b3261e; --overstated: #b35c00; --unverifiable: #5f6368; --supported: #1e7b34; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1f1f1f; background: #fafafa; }
header, main { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { margin: 0 0 .25rem; font-size: 1.75rem; }
h2 { margin-top: 2rem; border-bottom: 2px solid #ddd; }
h3 { margin: 1.25rem 0 .5rem; overflow-wrap: anywhere; }
.lead { color: #444; margin: 0; }
.totals { display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; margin: 1rem 0; }
.totals div { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .5rem 1rem; min-width: 8rem; }
.totals dt { font-size: .85rem; color: #555; }
.totals dd { margin: 0; font-size: 1.6rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; width: 5rem; }
.chart th { width: 30%; font-weight: normal; overflow-wrap: anywhere; }
.bar { display: flex; height: 1.1rem; width: 100%; background: #eee; border-radius: 3px; overflow: hidden; }
.bar span { display: block; height: 100%; }
.v-contradicted { --v: var(--contradicted); }
.v-overstated { --v: var(--overstated); }
.v-unverifiable { --v: var(--unverifiable); }
.v-supported { --v: var(--supported); }
.bar span, .swatch { background: var(--v); }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .3rem; vertical-align: -1px; }
.badge { display: inline-block; color: #fff; background: var(--v); border-radius: 3px; padding: 0 .4rem; font-size: .85rem; font-weight: 600; }
.page { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .25rem 1rem 1rem; margin: 1rem 0; }
.claims { padding-left: 1.25rem; }
.claim { margin: .75rem 0; padding-left: .5rem; border-left: 4px solid var(--v); }
.claim q { font-style: italic; }
.claim p { margin: .2rem 0; }
.place { font-size: .9rem; font-family: ui-monospace, monospace; }
.citations { font-size: .9rem; color: #333; margin: .25rem 0; }
.evidence summary { cursor: pointer; font-size: .9rem; color: #333; }
.notice { background: #fff8e1; padding: .25rem .5rem; border-radius: 4px; }
a { color: #0b57d0; }
footer { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #666; font-size: .85rem; }
`;

/** Counts per verdict. */
function countVerdicts(findings: readonly Pick<Finding, 'verdict'>[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { contradicted: 0, overstated: 0, unverifiable: 0, supported: 0 };
  for (const f of findings) counts[f.verdict]++;
  return counts;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 contradicted, 1 overstated" (verdicts with no claim left out), or "no claims". */
function countWords(counts: Record<Verdict, number>): string {
  const parts = SEVERITY.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${v}`);
  return parts.length === 0 ? 'no claims' : parts.join(', ');
}

/** The page's visible words of a finding's text: for HTML sources, without tags and with character references read. */
function shownText(finding: Finding, html: boolean | undefined): string {
  const text = html === true ? htmlText(finding.text) : finding.text;
  return text.replace(/\s+/g, ' ').trim();
}

/** Elements whose text a reader does not see. */
const UNSEEN = new Set(['script', 'style', 'template', 'noscript']);

/** Elements that start a new line of text. */
const BREAKS = /^(?:br|p|div|li|h[1-6]|td|th|tr|dt|dd|blockquote)$/;

/** A stretch of HTML source as a reader sees it: parsed as a fragment (rehype-parse), its text without tags. */
function htmlText(source: string): string {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(source);
  let text = '';
  visit(tree, (node) => {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element') {
      if (UNSEEN.has(node.tagName)) return SKIP;
      // A line break or a block's start separates words.
      if (BREAKS.test(node.tagName)) text += ' ';
    }
    return undefined;
  });
  return text;
}

/** A link to an address we build or have checked is http(s), opened without handing over this page. */
function link(href: string, text: string, attrs: Record<string, string> = {}): Element {
  return h('a', { href, rel: 'noopener noreferrer', ...attrs }, text);
}

function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

/** The http(s) links of a record's sources (regulators' and bodies' own pages). */
function sourceLinks(ids: readonly string[]): ElementContent[] {
  const links: ElementContent[] = [];
  for (const id of ids) {
    const url = knowledgeBase.source(id)?.url;
    if (url === undefined || !/^https?:\/\//.test(url)) continue;
    links.push({ type: 'text', value: ' ' }, link(url, 'Source'));
  }
  return links;
}

/** A citation id as a list item: a study's reference with DOI and PubMed links, or a regulatory fact, position or source. */
function citation(id: string, lang: 'en' | 'nb'): Element {
  const study = knowledgeBase.study(id);
  if (study) {
    const { doi, pmid } = study.citation;
    return h('li', { dataCitation: id }, [
      formatReference(study),
      doi ? [' ', link(doiUrl(doi), 'DOI')] : [],
      pmid ? [' ', link(`https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(pmid)}/`, 'PubMed')] : [],
    ]);
  }
  const regulatory = knowledgeBase.regulatory(id);
  if (regulatory) {
    const when = regulatory.date ?? regulatory.asOf;
    return h('li', { dataCitation: id }, [
      h('strong', `${regulatory.authorityName} (${regulatory.jurisdiction})${when ? `, ${when}` : ''}: `),
      h('span', { lang }, regulatory.summary[lang]),
      ...sourceLinks(regulatory.sources),
    ]);
  }
  const position = knowledgeBase.position(id);
  if (position) {
    return h('li', { dataCitation: id }, [
      h('strong', `${position.bodyName} (${position.jurisdiction})${position.date ? `, ${position.date}` : ''}: `),
      h('span', { lang }, position.summary[lang]),
      ...sourceLinks(position.sources),
    ]);
  }
  const source = knowledgeBase.source(id);
  if (source) {
    const who = source.author ?? source.publisher;
    return h('li', { dataCitation: id }, [
      `${who ? `${who}. ` : ''}${source.title}.${source.date ? ` ${source.date}.` : ''}`,
      ...sourceLinks([id]),
    ]);
  }
  return h('li', { dataCitation: id }, id);
}

/** The place of a finding, `path:line:column`, linked to the page when it has an address. */
function place(page: ReportPage, position: Finding['position']): Element {
  const where = `${page.path === '-' ? '<stdin>' : page.path}:${position.start.line}:${position.start.column}`;
  return h('p', { className: ['place'] }, [
    page.href === undefined ? where : link(page.href, where, { className: 'place-link' }),
  ]);
}

function claimItem(page: ReportPage, finding: Finding, index: number, pageId: string): Element {
  const lang = page.language === 'nb' ? 'nb' : 'en';
  const label = bundledMessages(page.language).verdicts[finding.verdict];
  const cited = [...finding.citations, ...finding.refersTo.filter((id) => !finding.citations.includes(id))];
  return h(
    'li',
    {
      className: ['claim', `v-${finding.verdict}`],
      id: `${pageId}-claim-${index + 1}`,
      dataVerdict: finding.verdict,
      dataLine: String(finding.position.start.line),
      dataColumn: String(finding.position.start.column),
    },
    [
      h('p', [
        h('span', { className: ['badge'], lang: page.language }, label),
        ' ',
        h('q', { lang: page.language }, shownText(finding, page.html)),
      ]),
      h('p', { className: ['message'], lang: page.language }, finding.message),
      place(page, finding.position),
      cited.length > 0
        ? h('details', { className: ['evidence'] }, [
            h('summary', `Evidence: ${plural(cited.length, 'record')} behind the verdict`),
            h(
              'ol',
              { className: ['citations'] },
              cited.map((id) => citation(id, lang)),
            ),
          ])
        : [],
    ],
  );
}

function pageSection(page: ReportPage, pageId: string): Element {
  const counts = countVerdicts(page.findings);
  const noClaims = bundledMessages(page.language).cli['no-claims'];
  return h('article', { className: ['page'], id: pageId, dataPath: page.path }, [
    h('h3', page.path === '-' ? '<stdin>' : page.path),
    h('p', [
      page.href === undefined ? [] : [link(page.href, 'Open the page'), ' · '],
      `Read as ${bundledMessages('en').languages[page.language] ?? page.language}; `,
      page.findings.length === 0
        ? h('span', { lang: page.language }, noClaims)
        : `${plural(page.findings.length, 'claim')}: ${countWords(counts)}`,
    ]),
    ...(page.notices ?? []).map((notice) => h('p', { className: ['notice'] }, notice.message)),
    page.findings.length === 0
      ? []
      : h(
          'ol',
          { className: ['claims'] },
          page.findings.map((finding, i) => claimItem(page, finding, i, pageId)),
        ),
  ]);
}

/** The stacked bar of one group's verdicts, each part as wide as its share, with its count in words for screen readers. */
function bar(counts: Record<Verdict, number>): Element {
  const total = SEVERITY.reduce((sum, v) => sum + counts[v], 0);
  return h(
    'div',
    { className: ['bar'], role: 'img', ariaLabel: countWords(counts) },
    SEVERITY.filter((v) => counts[v] > 0).map((v) =>
      h('span', {
        className: [`v-${v}`],
        style: `width: ${((100 * counts[v]) / total).toFixed(2)}%`,
        title: `${counts[v]} ${v}`,
        dataVerdict: v,
        dataCount: String(counts[v]),
      }),
    ),
  );
}

function chart(pages: readonly ReportPage[], groupedBy: HtmlReportOptions['groupedBy']): Element[] {
  const groups = new Map<string, { pages: number; findings: Finding[] }>();
  for (const page of pages) {
    const group = groups.get(page.group) ?? { pages: 0, findings: [] };
    group.pages++;
    group.findings.push(...page.findings);
    groups.set(page.group, group);
  }
  const rows = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    h('h3', `Verdicts per ${groupedBy}`),
    h(
      'p',
      { className: ['legend'] },
      SEVERITY.flatMap((v) => [h('span', { className: ['swatch', `v-${v}`] }), `${v}: ${MEANING[v]}. `]),
    ),
    h('table', { className: ['chart'] }, [
      h(
        'thead',
        h('tr', [
          h('th', groupedBy),
          h('th', 'Verdicts'),
          h('th', { className: ['n'] }, 'Pages'),
          h('th', { className: ['n'] }, 'Claims'),
        ]),
      ),
      h(
        'tbody',
        rows.map(([name, group]) =>
          h('tr', { dataGroup: name }, [
            h('th', { scope: 'row' }, name),
            h('td', [
              group.findings.length === 0 ? 'no claims' : bar(countVerdicts(group.findings)),
              group.findings.length === 0 ? [] : h('small', countWords(countVerdicts(group.findings))),
            ]),
            h('td', { className: ['n'] }, String(group.pages)),
            h('td', { className: ['n'] }, String(group.findings.length)),
          ]),
        ),
      ),
    ]),
  ];
}

/**
 * The pages with an overstated or contradicted claim, worst first: most contradicted
 * claims, then most overstated, then input order.
 *
 * @param pages - The pages, in input order.
 * @returns Their indexes, worst first.
 * @example
 * ```ts
 * import { worstFirst } from './html-report.js';
 * const page = (verdicts: string[]) => ({ path: 'x', language: 'en', group: '.', findings: verdicts.map((verdict) => ({ verdict })) }) as never;
 * worstFirst([page(['overstated']), page(['supported']), page(['contradicted'])]); // [2, 0]
 * ```
 */
export function worstFirst(pages: readonly ReportPage[]): number[] {
  const scored = pages.map((page, index) => ({ index, counts: countVerdicts(page.findings) }));
  return scored
    .filter(({ counts }) => counts.contradicted + counts.overstated > 0)
    .sort(
      (a, b) =>
        b.counts.contradicted - a.counts.contradicted || b.counts.overstated - a.counts.overstated || a.index - b.index,
    )
    .map(({ index }) => index);
}

function summary(pages: readonly ReportPage[], ids: readonly string[], options: HtmlReportOptions): Element {
  const all = pages.flatMap((p) => p.findings);
  const counts = countVerdicts(all);
  const worst = worstFirst(pages);
  const problems = all.filter((f) => PROBLEM_VERDICTS.has(f.verdict)).length;
  const total = (label: string, key: string, value: number): Element =>
    h('div', [h('dt', label), h('dd', { dataCount: key }, String(value))]);
  return h('section', { id: 'summary', ariaLabelledby: 'summary-title' }, [
    h('h2', { id: 'summary-title' }, 'Summary'),
    h('dl', { className: ['totals'] }, [
      total('Pages checked', 'pages', options.checked ?? pages.length),
      total('Claims found', 'claims', all.length),
      total('Overstated or contradicted', 'problems', problems),
      total('Pages with such claims', 'problem-pages', worst.length),
    ]),
    options.checked !== undefined && options.checked > pages.length
      ? h('p', `Only the ${plural(pages.length, 'page')} with overstated or contradicted claims are shown.`)
      : [],
    h('h3', 'Claims by verdict'),
    h('table', { className: ['verdicts'] }, [
      h('thead', h('tr', [h('th', 'Verdict'), h('th', 'Claims'), h('th', 'Meaning')])),
      h(
        'tbody',
        SEVERITY.map((v) =>
          h('tr', { dataVerdict: v }, [
            h('th', { scope: 'row' }, [h('span', { className: ['swatch', `v-${v}`] }), v]),
            h('td', { className: ['n'], dataCount: v }, String(counts[v])),
            h('td', MEANING[v]),
          ]),
        ),
      ),
    ]),
    h('h3', 'Worst pages first'),
    worst.length === 0
      ? h('p', 'No page has an overstated or contradicted claim.')
      : h('ol', { className: ['worst'] }, [
          ...worst.slice(0, WORST_LISTED).map((i) => {
            const page = pages[i] as ReportPage;
            return h('li', { dataPath: page.path }, [
              h('a', { href: `#${ids[i] as string}` }, page.path === '-' ? '<stdin>' : page.path),
              ` — ${countWords(countVerdicts(page.findings))}`,
            ]);
          }),
        ]),
    worst.length > WORST_LISTED ? h('p', `…and ${plural(worst.length - WORST_LISTED, 'more page')}.`) : [],
    ...chart(pages, options.groupedBy),
  ]);
}

/**
 * The HTML report of a `check` run: a whole page, as text.
 *
 * @param pages - The checked pages, in input order, each with the findings to show.
 * @param options - The tool's version, what the chart groups by, how many pages were checked.
 * @returns The page (`<!doctype html>…`), ending in a line break; the same pages give the same bytes.
 * @example
 * ```ts
 * import { toHtmlReport } from './html-report.js';
 * const html = toHtmlReport([{ path: 'ad.md', language: 'en', findings: [], group: '.' }], { version: '1.0.0', groupedBy: 'directory' });
 * html.startsWith('<!doctype html>'); // true
 * ```
 */
export function toHtmlReport(pages: readonly ReportPage[], options: HtmlReportOptions): string {
  const ids = pages.map((_page, i) => `page-${i + 1}`);
  const claims = pages.reduce((sum, p) => sum + p.findings.length, 0);
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          // Nothing but this page's own style may load or run, whatever a checked page's text holds.
          h('meta', {
            httpEquiv: 'Content-Security-Policy',
            content: "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
          }),
          h('meta', { name: 'generator', content: `meso-evidence ${options.version}` }),
          h(
            'title',
            `Fact-check report: ${plural(options.checked ?? pages.length, 'page')}, ${plural(claims, 'claim')}`,
          ),
          h('style', STYLE),
        ]),
        h('body', [
          h('header', [
            h('h1', 'Fact-check report'),
            h(
              'p',
              { className: ['lead'] },
              'Health claims about mesotherapy and related treatments, found in the pages below and judged against the evidence and regulatory facts in the meso-evidence knowledge base.',
            ),
          ]),
          h('main', [
            summary(pages, ids, options),
            h('section', { id: 'pages', ariaLabelledby: 'pages-title' }, [
              h('h2', { id: 'pages-title' }, 'Pages'),
              ...pages.map((page, i) => pageSection(page, ids[i] as string)),
            ]),
          ]),
          h('footer', [
            `Written by meso-evidence ${options.version}. A verdict says how a claim stands against the knowledge base; it is not medical advice.`,
          ]),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}
