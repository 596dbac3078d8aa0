/**
 * The playground: fact-checks the article in the text box as you type, highlights
 * each claim in place in its verdict's colour, explains the one you select, and draws
 * the evidence map. Everything runs in the page; the library is bundled by esbuild.
 *
 * No text from the article or the data is ever parsed as HTML: every node is made
 * with createElement and filled with textContent.
 */
import { formatReference, knowledgeBase, type Language } from 'meso-evidence';
import { describeClaim, factCheck, type Finding, type FactCheckReport } from 'meso-evidence/factcheck';
import { CERTAINTIES, DIRECTIONS, evidenceMap, inkFor, shade } from './evidence-map.js';
import { runs, SEVERITY, worst, type PlaygroundVerdict } from './highlight.js';
import { ENGLISH_ADVERT, NORWEGIAN_ADVERT } from './samples.js';

type Children = (Node | string | null | undefined | false)[];

/** Makes an element with attributes and children; strings become text nodes. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Children
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- callers name the element type index.html has
function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

const VERDICT_UI: Readonly<
  Record<PlaygroundVerdict, { readonly icon: string; readonly en: string; readonly meaning: string }>
> = {
  supported: { icon: '✓', en: 'supported', meaning: 'agrees with the evidence' },
  overstated: { icon: '!', en: 'overstated', meaning: 'asserts more than the evidence holds' },
  contradicted: { icon: '✗', en: 'contradicted', meaning: 'conflicts with the evidence or a regulatory fact' },
  unverifiable: { icon: '?', en: 'unverifiable', meaning: 'the knowledge base has nothing on it' },
};

const PREDICATE_WORDS: Record<string, string> = {
  'effective-for': 'is effective for',
  safe: 'is safe',
  'side-effect-free': 'has no side effects',
  'no-downtime': 'needs no downtime',
  'fda-approved': 'is FDA-approved',
};

const POLARITY_WORDS: Record<string, string> = {
  affirm: 'affirmed: the text asserts it',
  negate: 'negated: the text denies it',
  uncertain: 'hedged: the text is unsure (scored as negated)',
};

const input = byId<HTMLTextAreaElement>('article');
const languageSelect = byId<HTMLSelectElement>('language');
const formatSelect = byId<HTMLSelectElement>('format');
const view = byId<HTMLDivElement>('highlighted');
const summary = byId<HTMLParagraphElement>('summary');
const panel = byId<HTMLElement>('details');
const list = byId<HTMLOListElement>('findings');

let report: FactCheckReport = { language: 'nb', findings: [], notices: [] };
let selected: readonly number[] = [];

function verdictBadge(verdict: PlaygroundVerdict): HTMLSpanElement {
  const ui = VERDICT_UI[verdict];
  return h('span', { class: `badge v-${verdict}` }, h('span', { 'aria-hidden': 'true' }, ui.icon), ` ${ui.en}`);
}

/** A link to a fixed https address built from an id we trust only as text. */
function link(href: string, text: string): HTMLAnchorElement {
  const a = h('a', { rel: 'noopener noreferrer', target: '_blank' }, text);
  a.href = href;
  return a;
}

function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

/** A citation id as a list item: a Vancouver reference for a study, else the record's summary. */
function citation(id: string, lang: Language): HTMLLIElement {
  const study = knowledgeBase.study(id);
  if (study) {
    const { doi, pmid } = study.citation;
    return h(
      'li',
      { 'data-citation': id, class: 'reference' },
      h('span', { class: 'ref-text' }, formatReference(study)),
      doi || pmid ? ' ' : null,
      doi ? link(doiUrl(doi), 'DOI') : null,
      doi && pmid ? ' · ' : null,
      pmid ? link(`https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(pmid)}/`, 'PubMed') : null,
    );
  }
  const regulatory = knowledgeBase.regulatory(id);
  if (regulatory) {
    const when = regulatory.date ?? regulatory.asOf;
    return h(
      'li',
      { 'data-citation': id, class: 'regulatory' },
      h('strong', {}, `${regulatory.authorityName} (${regulatory.jurisdiction})${when ? `, ${when}` : ''}: `),
      h('span', { lang }, regulatory.summary[lang]),
    );
  }
  const position = knowledgeBase.position(id);
  if (position) {
    return h(
      'li',
      { 'data-citation': id, class: 'position' },
      h('strong', {}, `${position.bodyName} (${position.jurisdiction})${position.date ? `, ${position.date}` : ''}: `),
      h('span', { lang }, position.summary[lang]),
    );
  }
  const source = knowledgeBase.source(id);
  if (source) {
    const who = source.author ?? source.publisher;
    const safeUrl = source.url && /^https?:\/\//.test(source.url) ? source.url : undefined;
    return h(
      'li',
      { 'data-citation': id, class: 'source' },
      `${who ? `${who}. ` : ''}${source.title}.${source.date ? ` ${source.date}.` : ''} `,
      safeUrl ? link(safeUrl, 'Link') : null,
    );
  }
  return h('li', { 'data-citation': id }, id);
}

function claimWords(finding: Finding): HTMLDListElement {
  const { subject, predicate, object, polarity } = finding.claim;
  const row = (term: string, value: Node | string): Node[] => [h('dt', {}, term), h('dd', {}, value)];
  return h(
    'dl',
    { class: 'claim' },
    ...row('Subject', knowledgeBase.label(subject, 'en')),
    ...row('Predicate', PREDICATE_WORDS[predicate] ?? predicate),
    ...(object ? row('Object', knowledgeBase.label(object, 'en')) : []),
    ...row('Polarity', POLARITY_WORDS[polarity] ?? polarity),
  );
}

function assessmentWords(finding: Finding): string {
  const a = finding.assessment;
  if (!a) return 'None used: this verdict rests on regulatory facts or documented adverse effects.';
  const direction = DIRECTIONS.find((d) => d.id === a.direction)?.en ?? a.direction;
  const certainty = CERTAINTIES.find((c) => c.id === a.certainty);
  return `${direction}; GRADE certainty ${certainty ? `${certainty.en} ${certainty.circles}` : a.certainty}`;
}

function detailsOf(finding: Finding, index: number): HTMLElement {
  // The page shows the knowledge base's texts in English or Norwegian; a third language's
  // findings fall back to English texts.
  const lang: Language = report.language === 'nb' ? 'nb' : 'en';
  const verdict = finding.verdict;
  return h(
    'article',
    { class: `finding v-${verdict}`, 'data-finding': String(index) },
    h('h3', {}, verdictBadge(verdict), ' ', h('q', { lang }, finding.text.replace(/\s+/g, ' '))),
    claimWords(finding),
    h(
      'dl',
      { class: 'judgement' },
      h('dt', {}, 'Verdict'),
      h('dd', { class: 'verdict' }, `${VERDICT_UI[verdict].en}: ${VERDICT_UI[verdict].meaning}`),
      h('dt', {}, 'Assessment'),
      h('dd', { class: 'assessment' }, assessmentWords(finding)),
      h('dt', {}, 'Explanation'),
      h('dd', { class: 'explanation', lang }, finding.message),
    ),
    finding.refersTo.length > 0 ? h('h4', {}, 'Studies the text mentions') : null,
    finding.refersTo.length > 0
      ? h('ol', { class: 'refers-to' }, ...finding.refersTo.map((id) => citation(id, lang)))
      : null,
    h('h4', {}, 'Citations'),
    finding.citations.length > 0
      ? h('ol', { class: 'citations' }, ...finding.citations.map((id) => citation(id, lang)))
      : h('p', {}, 'None.'),
  );
}

function showDetails(indexes: readonly number[]): void {
  selected = indexes;
  for (const el of view.querySelectorAll<HTMLElement>('.claim-mark')) {
    const mine = (el.dataset.findings ?? '').split(' ').map(Number);
    el.setAttribute('aria-pressed', String(indexes.length > 0 && mine.join() === indexes.join()));
  }
  if (indexes.length === 0) {
    panel.replaceChildren(
      h('h2', {}, 'Claim'),
      h(
        'p',
        { class: 'hint' },
        'Select a highlighted claim (click it, or Tab to it and press Enter) to see its verdict, the evidence and the citations.',
      ),
    );
    return;
  }
  panel.replaceChildren(
    h('h2', {}, indexes.length > 1 ? `${indexes.length} claims in this passage` : 'Claim'),
    ...indexes.flatMap((i) => {
      const finding = report.findings[i];
      return finding ? [detailsOf(finding, i)] : [];
    }),
  );
}

function renderArticle(text: string): void {
  const findings = report.findings;
  const spans = findings.map((f) => ({ start: f.position.start.offset, end: f.position.end.offset }));
  const nodes: Node[] = [];
  for (const run of runs(text.length, spans)) {
    const slice = text.slice(run.start, run.end);
    if (run.findings.length === 0) {
      nodes.push(document.createTextNode(slice));
      continue;
    }
    const verdicts = run.findings.flatMap((i) => findings[i]?.verdict ?? []);
    const shown = worst(verdicts);
    const distinct = SEVERITY.filter((v) => verdicts.includes(v));
    // A run ends a claim when some finding covering it ends here: label it there.
    const endsHere = run.findings.some((i) => spans[i]?.end === run.end);
    const mark = h(
      'span',
      {
        class: `claim-mark v-${shown}`,
        role: 'button',
        tabindex: '0',
        'aria-pressed': 'false',
        'aria-controls': 'details',
        'aria-label': `${distinct.map((v) => VERDICT_UI[v].en).join(' and ')} claim: ${slice.replace(/\s+/g, ' ').trim()}`,
        'data-findings': run.findings.join(' '),
        'data-verdicts': distinct.join(' '),
        'data-start': String(run.start),
        'data-end': String(run.end),
      },
      slice,
      endsHere
        ? h(
            'span',
            { class: 'marks', 'aria-hidden': 'true' },
            ...distinct.map((v) => h('span', { class: `tag v-${v}` }, `${VERDICT_UI[v].icon} ${VERDICT_UI[v].en}`)),
          )
        : null,
    );
    const select = (): void => {
      showDetails(run.findings);
    };
    mark.addEventListener('click', select);
    mark.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select();
      }
    });
    nodes.push(mark);
  }
  view.replaceChildren(...nodes);
  view.lang = report.language;
}

function renderList(): void {
  list.replaceChildren(
    ...report.findings.map((f, i) => {
      const verdict = f.verdict;
      const item = h(
        'li',
        {
          'data-finding': String(i),
          'data-verdict': verdict,
          'data-start': String(f.position.start.offset),
          'data-end': String(f.position.end.offset),
          'data-claim': [f.claim.subject, f.claim.predicate, f.claim.object ?? '', f.claim.polarity].join('|'),
        },
        verdictBadge(verdict),
        ' ',
        h(
          'button',
          { type: 'button', class: 'linklike' },
          // The library's sentence builder: "mesotherapy is not FDA-approved", never "not is".
          `line ${f.position.start.line}: ${describeClaim(f.claim, 'en', knowledgeBase)}`,
        ),
      );
      item.querySelector('button')?.addEventListener('click', () => {
        showDetails([i]);
        panel.focus();
      });
      return item;
    }),
  );
}

function check(): void {
  const text = input.value;
  const chosen = languageSelect.value;
  const language = chosen === 'en' || chosen === 'nb' ? chosen : undefined;
  const format = formatSelect.value === 'text' ? 'text' : 'markdown';
  const key = (f: Finding | undefined): string =>
    f ? `${f.position.start.offset}:${f.position.end.offset}:${f.claim.predicate}:${f.claim.object ?? ''}` : '';
  const before = selected.map((i) => key(report.findings[i]));
  report = factCheck(text, { format, ...(language ? { language } : {}) });
  renderArticle(text);
  renderList();
  const counts = SEVERITY.map((v) => [v, report.findings.filter((f) => f.verdict === v).length] as const).filter(
    ([, n]) => n > 0,
  );
  summary.textContent =
    `${report.findings.length} claim${report.findings.length === 1 ? '' : 's'} found, read as ${report.language === 'nb' ? 'Norwegian bokmål' : 'English'}` +
    (language ? '' : ' (detected)') +
    (counts.length > 0 ? `: ${counts.map(([v, n]) => `${n} ${v}`).join(', ')}.` : '.');
  document.body.dataset.checked = String(report.findings.length);
  // Keep the selection only while the same claims are in the same places.
  showDetails(before.length > 0 && selected.every((i, n) => key(report.findings[i]) === before[n]) ? selected : []);
}

function renderLegend(): void {
  byId('legend').replaceChildren(
    ...SEVERITY.map((v) =>
      h(
        'li',
        {},
        h('span', { class: `claim-mark v-${v} sample` }, `${VERDICT_UI[v].icon} ${VERDICT_UI[v].en}`),
        ` ${VERDICT_UI[v].meaning}`,
      ),
    ),
  );
}

function renderMap(): void {
  const map = evidenceMap(knowledgeBase);
  const table = h(
    'table',
    { class: 'evidence-map', 'data-assessed': String(map.assessed) },
    h(
      'caption',
      {},
      `Interventions × indications: ${map.assessed} assessments. Colour is the direction of the evidence, shade its GRADE certainty; the symbol and circles say the same in text.`,
    ),
    h(
      'thead',
      {},
      h('tr', {}, h('td', {}), ...map.columns.map((c) => h('th', { scope: 'col' }, h('span', {}, c.label)))),
    ),
    h(
      'tbody',
      {},
      ...map.rows.map((r, j) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, r.label),
          ...(map.cells[j] ?? []).map((cell) => {
            const td = h(
              'td',
              {
                'data-direction': cell.direction,
                ...(cell.certainty ? { 'data-certainty': cell.certainty } : {}),
                ...(cell.assessment ? { 'data-assessment': cell.assessment } : {}),
                title: cell.description,
              },
              cell.text ? h('span', { 'aria-hidden': 'true' }, cell.text) : null,
              h('span', { class: 'visually-hidden' }, cell.description),
            );
            td.style.backgroundColor = cell.fill;
            td.style.color = cell.ink;
            return td;
          }),
        ),
      ),
    ),
  );
  const legend = h(
    'div',
    { class: 'map-legend' },
    h(
      'ul',
      { 'aria-label': 'Direction' },
      ...DIRECTIONS.map((d) => {
        const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' }, d.symbol);
        swatch.style.backgroundColor = shade(d.id, 'high');
        swatch.style.color = inkFor(shade(d.id, 'high'));
        return h('li', {}, swatch, ` ${d.en}`);
      }),
    ),
    h(
      'ul',
      { 'aria-label': 'GRADE certainty' },
      ...CERTAINTIES.map((c) => {
        const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
        swatch.style.backgroundColor = shade('benefit', c.id);
        return h('li', {}, swatch, ` ${c.circles} ${c.en}`);
      }),
    ),
  );
  byId('map').replaceChildren(table, legend);
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(check, 150);
});
languageSelect.addEventListener('change', check);
formatSelect.addEventListener('change', check);
byId('load-english').addEventListener('click', () => {
  input.value = ENGLISH_ADVERT;
  check();
});
byId('load-norwegian').addEventListener('click', () => {
  input.value = NORWEGIAN_ADVERT;
  check();
});

input.value = NORWEGIAN_ADVERT;
renderLegend();
renderMap();
check();
