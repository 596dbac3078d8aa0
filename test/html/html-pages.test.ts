import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factCheck, type Finding } from '../../src/factcheck/index.js';
import { decodeHtml, declaredCharset, factCheckHtml, HtmlDecodeError, HtmlReadError } from '../../src/html/index.js';
import { htmlBlocks } from '../../src/html/html-blocks.js';

const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(`test/fixtures/${path}`));
const claimOf = (f: Finding): string =>
  `${f.claim.subject} ${f.claim.predicate} ${f.claim.object ?? '-'} ${f.claim.polarity} ${f.verdict}`;
const seen = (text: string): string =>
  text
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Line and column of an offset, counted independently of the engine. */
function lineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

describe('a page and the same article in Markdown', () => {
  it.each([
    ['html/en-clinic-hair.html', 'articles-8/en-clinic-hair.md'],
    ['html/nb-klinikk-hud.windows-1252.html', 'articles-8/nb-klinikk-hud.md'],
  ])('%s gives the claims and verdicts of %s, with positions into the HTML', (page, article) => {
    const bytes = fixture(page);
    const source = decodeHtml(bytes);
    const html = factCheckHtml(bytes);
    const markdown = factCheck(new TextDecoder().decode(fixture(article)));
    expect(html.language).toBe(markdown.language);
    expect(html.findings.map(claimOf)).toEqual(markdown.findings.map(claimOf));
    expect(html.findings.length).toBeGreaterThan(3);
    html.findings.forEach((finding, i) => {
      const { start, end } = finding.position;
      expect(finding.text).toBe(source.slice(start.offset, end.offset));
      expect(lineColumn(source, start.offset)).toEqual({ line: start.line, column: start.column });
      expect(lineColumn(source, end.offset)).toEqual({ line: end.line, column: end.column });
      // What the HTML's span shows, tags aside, is what the Markdown finding read.
      expect(seen(finding.text)).toBe(seen((markdown.findings[i] as Finding).text));
    });
  });

  it('leaves out what the page hides: the chrome of the English page holds claims of its own', () => {
    const source = decodeHtml(fixture('html/en-clinic-hair.html'));
    const texts = htmlBlocks(source).blocks.map((b) => b.text);
    expect(texts[0]).toBe('Fullhead Studio – Hair Mesotherapy in Leeds');
    for (const chrome of [
      'cookies',
      'melts fat',
      'cures baldness',
      'cellulite',
      'FDA',
      'safest',
      'guarantees',
      'everyone',
      'dataLayer',
      'no side effects',
    ])
      expect(texts.join('\n')).not.toContain(chrome);
    // A copy of the page with the chrome's claims in the article does find them.
    const inArticle = source.replace('</article>', '<p>Mesotherapy melts fat in one session.</p></article>');
    expect(factCheckHtml(inArticle).findings.length).toBe(factCheckHtml(source).findings.length + 1);
  });
});

describe('what a reader does not see', () => {
  const claim = 'Mesotherapy is FDA-approved.';
  const page = (markup: string): string =>
    `<!doctype html><html><body><main><p>Intro.</p>${markup}</main></body></html>`;
  const found = (markup: string): number => factCheckHtml(page(markup)).findings.length;

  it('reads the claim in ordinary content (the control)', () => {
    expect(found(`<p>${claim}</p>`)).toBe(1);
    expect(found(`<div><span>${claim}</span></div>`)).toBe(1);
    expect(found(`<article><header><p>${claim}</p></header></article>`)).toBe(1);
    expect(found(`<section><footer><p>${claim}</p></footer></section>`)).toBe(1);
    // A list item with more than its link is the page's own text.
    expect(found(`<ul><li><a href="/a">Mesotherapy</a> is FDA-approved.</li><li><a href="/b">More</a></li></ul>`)).toBe(
      1,
    );
  });

  it.each([
    ['nav', `<nav><p>${claim}</p></nav>`],
    ['the page header', `</main><header><p>${claim}</p></header><main>`],
    ['the page footer', `</main><footer><p>${claim}</p></footer><main>`],
    ['script', `<script>document.write("${claim}")</script>`],
    ['style', `<style>p::after { content: "${claim}" }</style>`],
    ['template', `<template><p>${claim}</p></template>`],
    ['noscript', `<noscript><p>${claim}</p></noscript>`],
    ['[hidden]', `<div hidden><p>${claim}</p></div>`],
    ['aria-hidden', `<div aria-hidden="true"><p>${claim}</p></div>`],
    ['display:none', `<p style="color: red; display:none">${claim}</p>`],
    ['visibility:hidden', `<p style="visibility: hidden !important">${claim}</p>`],
    ['role=navigation', `<div role="navigation"><p>${claim}</p></div>`],
    ['a cookie banner by id', `<div id="cookie-law-info-bar"><p>${claim}</p></div>`],
    ['a cookie banner by class', `<section class="modal cc-window"><p>${claim}</p></section>`],
    ['OneTrust', `<div id="onetrust-banner-sdk"><p>${claim}</p></div>`],
    ['a consent dialog', `<div class="gdpr-popup"><p>${claim}</p></div>`],
    ['a list of links', `<aside><ul><li><a href="/a">${claim}</a></li> <li><a href="/b">More</a></li></ul></aside>`],
  ])('leaves out %s', (_name, markup) => {
    expect(found(markup)).toBe(0);
  });
});

describe('positions into the source', () => {
  it('map through character references, inline tags, CRLF line ends and collapsed white space', () => {
    const source =
      '<html>\r\n<body>\r\n<p>Fat &amp; more.\r\n   Mesotherapy   is <em>not</em>\r\n   FDA&#8209;approved &mdash; so we say.</p>\r\n</body></html>';
    const finding = factCheckHtml(source).findings[0] as Finding;
    expect(finding.verdict).toBe('supported');
    expect(finding.text.startsWith('Mesotherapy')).toBe(true);
    expect(finding.position.start).toMatchObject({ line: 4, column: 4 });
    expect(finding.text).toBe(source.slice(finding.position.start.offset, finding.position.end.offset));
  });

  it('keeps list items with the paragraph that introduces them', () => {
    const { blocks } = htmlBlocks('<p>We treat:</p><ul><li>cellulite</li><li><p>hair loss</p></li></ul>');
    expect(blocks.map((b) => [b.kind, b.text, b.leadIn])).toEqual([
      ['paragraph', 'We treat:', undefined],
      ['list-item', 'cellulite', 0],
      ['list-item', 'hair loss', 0],
    ]);
  });
});

describe('the language', () => {
  it('is detected per block: <html lang> does not decide it', () => {
    const page = '<html lang="nb"><body><p>Mesotherapy is not FDA-approved and has no side effects.</p></body></html>';
    expect(factCheckHtml(page).language).toBe('en');
    // The Norwegian fixture declares lang="en" and is read as Norwegian.
    expect(factCheckHtml(fixture('html/nb-klinikk-hud.windows-1252.html')).language).toBe('nb');
  });
});

describe('character sets', () => {
  const encode = (text: string): number[] => [...new TextEncoder().encode(text)];

  it('reads the declared windows-1252 and ISO-8859-1 as browsers do', () => {
    for (const head of [
      '<meta charset="windows-1252">',
      "<meta charset='ISO-8859-1'>",
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
      '<META HTTP-EQUIV=content-type CONTENT="text/html;charset=latin1">',
    ]) {
      const bytes = Uint8Array.from([...encode(`${head}<p>`), 0x92, 0x66, 0xf8, 0x72, 0x93, 0x80]);
      expect(decodeHtml(bytes)).toBe(`${head}<p>’før“€`);
    }
    expect(decodeHtml(fixture('html/nb-klinikk-hud.windows-1252.html'))).toContain('Gjør det vondt?');
  });

  it('finds the declaration only in the first 1024 bytes', () => {
    const late = new TextEncoder().encode(`${' '.repeat(1100)}<meta charset="windows-1252">`);
    expect(declaredCharset(late)).toBeUndefined();
  });

  it('reads UTF-8 when nothing is declared, and refuses bytes that are not', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>Hudpleie på høyt nivå</p>'))).toBe('<p>Hudpleie på høyt nivå</p>');
    expect(() => decodeHtml(Uint8Array.from([...encode('<p>f'), 0xf8, 0x72]))).toThrow(HtmlDecodeError);
    expect(() => decodeHtml(Uint8Array.from([...encode('<p>f'), 0, 0x72]))).toThrow(/binary/);
    expect(() => decodeHtml(new TextEncoder().encode('<meta charset="x-klingon"><p>'))).toThrow(/x-klingon/);
  });

  it('follows a byte-order mark before a declaration', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Array.from('<p>ø', (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(decodeHtml(utf16)).toBe('<p>ø');
  });
});

describe('hostile pages', () => {
  it('reports nesting too deep to read instead of crashing', () => {
    const page = `${'<div>'.repeat(20_000)}Mesotherapy is FDA-approved.`;
    expect(() => factCheckHtml(page)).toThrow(HtmlReadError);
  });

  it('reads nesting past the depth limit as the text it holds', () => {
    const page = `${'<div>'.repeat(400)}<p>Mesotherapy is <b>not</b> FDA-approved.</p>`;
    const [finding] = factCheckHtml(page).findings;
    expect(finding?.verdict).toBe('supported');
    expect(finding?.position.start.offset).toBe(page.indexOf('Mesotherapy'));
  });
});
