/**
 * A synthetic crawl: the committed test articles (test/fixtures/articles*) rendered as web
 * pages of made-up clinic sites and written as a WARC.gz, one gzip member per record, as
 * crawlers write them. Deterministic: the same options give the same bytes. Used by the
 * WARC tests, `npm run bench` and `npx tsx scripts/make-warc.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What to put in the archive. */
export interface SyntheticWarcOptions {
  /** How many HTML pages (each with its request record before it). */
  readonly pages: number;
  /** Gzip member numbers (from 0, counting every record) to corrupt: a byte inside is flipped. */
  readonly corrupt?: readonly number[];
  /** Cut the archive short in its last record. */
  readonly truncate?: boolean;
  /**
   * Bytes of an image sent with every page (a response record of its own, after the
   * page's, as a crawl holds a page's images): pseudo-random, so they do not compress,
   * and a crawl's size is mostly such records. Default: a small image every tenth page only.
   */
  readonly imageBytes?: number;
  /** The repository root, where the fixture articles are (default: found from this file). */
  readonly root?: string;
}

/** One page of the archive, as the test expects to see it reported. */
export interface SyntheticPage {
  readonly uri: string;
  readonly date: string;
  /** The article it was rendered from. */
  readonly article: string;
  /** The page's HTML, as the server sent it before any encoding. */
  readonly html: string;
}

/** The archive's bytes, and what is in it. */
export interface SyntheticWarc {
  readonly bytes: Buffer;
  /** The HTML pages, in order (pages in a corrupted member included). */
  readonly pages: readonly SyntheticPage[];
  /** The offset of each gzip member, in order. */
  readonly members: readonly number[];
  /** The member of each page's response record. */
  readonly pageMembers: readonly number[];
}

const ROOT = join(import.meta.dirname, '../..');

/** The Markdown and text articles of the fixtures, sorted by path. */
export function fixtureArticles(root = ROOT): { path: string; text: string }[] {
  const dirs = readdirSync(join(root, 'test/fixtures'))
    .filter((name) => /^articles(-\d+)?$/.test(name))
    .sort();
  return dirs.flatMap((dir) =>
    readdirSync(join(root, 'test/fixtures', dir))
      .filter((name) => /\.(md|txt)$/.test(name))
      .sort()
      .map((name) => ({
        path: `test/fixtures/${dir}/${name}`,
        text: readFileSync(join(root, 'test/fixtures', dir, name), 'utf8'),
      })),
  );
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Inline Markdown that matters to a reader: emphasis and links become tags; the rest is text. */
const inline = (text: string): string =>
  escape(text)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');

/**
 * An article as a clinic's page: a site header, navigation and footer around it (which the
 * reader leaves out), its headings, lists and paragraphs as HTML.
 */
export function renderPage(article: string, title: string, lang: string): string {
  const html: string[] = [];
  let list: string[] = [];
  const flush = (): void => {
    if (list.length > 0) html.push(`<ul>\n${list.map((item) => `  <li>${inline(item)}</li>`).join('\n')}\n</ul>`);
    list = [];
  };
  for (const block of article.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    for (const line of lines) {
      const item = /^\s*(?:[-*+]|\d+\.)\s+(.*)$/.exec(line);
      if (item) list.push(item[1] as string);
    }
    if (lines.length > 0 && lines.every((line) => /^\s*(?:[-*+]|\d+\.)\s+/.test(line))) continue;
    flush();
    const heading = /^(#{1,6})\s+(.*)$/.exec(lines.join(' '));
    if (heading) html.push(`<h${heading[1]?.length}>${inline(heading[2] as string)}</h${heading[1]?.length}>`);
    else if (lines.length > 0) html.push(`<p>${inline(lines.join('\n'))}</p>`);
  }
  flush();
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${escape(title)}</title><script>window.dataLayer = [];</script></head>
<body>
<header><a href="/">Clinic</a></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/book">Book now: mesotherapy is safe!</a></li></ul></nav>
<main><article>
${html.join('\n')}
</article></main>
<footer>© Clinic</footer>
</body>
</html>
`;
}

/** One WARC record: version line, headers, CRLF, content, CRLF CRLF. */
function record(headers: readonly (readonly [string, string])[], content: Buffer): Buffer {
  const head = ['WARC/1.1', ...headers.map(([k, v]) => `${k}: ${v}`), `Content-Length: ${content.length}`, '', ''].join(
    '\r\n',
  );
  return Buffer.concat([Buffer.from(head, 'latin1'), content, Buffer.from('\r\n\r\n')]);
}

const uuid = (n: number): string => `<urn:uuid:00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}>`;

/** One gzip member of the archive, and the page whose response it is, if it is one. */
export interface SyntheticMember {
  readonly bytes: Buffer;
  readonly page: SyntheticPage | undefined;
}

/** A block of pseudo-random bytes (xorshift32, fixed seed): images are cut from it, at a different place each. */
function noise(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  let x = 0x9e3779b9;
  for (let i = 0; i < size; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes.writeUInt32LE(x >>> 0, i);
  }
  return bytes;
}

/**
 * The archive's gzip members, one at a time (so a large archive can be written without
 * holding it): a `warcinfo` record, then per page a `request` and an HTML `response`
 * record, and an image response (not HTML, skipped) every tenth page, or after every page
 * with `imageBytes`. Every seventh page is sent gzip-encoded and chunked, as servers send them.
 */
export function* syntheticWarcMembers(options: SyntheticWarcOptions): Generator<SyntheticMember> {
  const articles = fixtureArticles(options.root);
  const block =
    options.imageBytes === undefined ? undefined : noise(Math.max(1 << 20, Math.ceil(options.imageBytes / 2) * 4));
  let id = 0;
  const member = (
    type: string,
    uri: string | undefined,
    date: string,
    contentType: string,
    content: Buffer,
    level = 6,
  ): Buffer => {
    const headers: [string, string][] = [
      ['WARC-Type', type],
      ['WARC-Record-ID', uuid(id++)],
      ['WARC-Date', date],
    ];
    if (uri !== undefined) headers.push(['WARC-Target-URI', uri]);
    headers.push(['Content-Type', contentType]);
    return gzipSync(record(headers, content), { level });
  };
  yield {
    bytes: member(
      'warcinfo',
      undefined,
      '2026-01-01T00:00:00Z',
      'application/warc-fields',
      Buffer.from('software: meso-evidence synthetic crawl\r\nformat: WARC File Format 1.1\r\n'),
    ),
    page: undefined,
  };
  for (let n = 0; n < options.pages; n++) {
    const article = articles[n % articles.length] as { path: string; text: string };
    const site = `clinic-${(n % 37).toString().padStart(2, '0')}.example`;
    const uri = `https://${site}/${n}/${article.path
      .split('/')
      .pop()
      ?.replace(/\.\w+$/, '')}`;
    const date = new Date(Date.UTC(2026, 0, 1) + n * 61_000).toISOString().replace(/\.000Z$/, 'Z');
    const lang = article.path.includes('/nb-') ? 'nb' : 'en';
    const page = renderPage(article.text, `Page ${n}`, lang);
    const html = Buffer.from(page);
    yield {
      bytes: member(
        'request',
        uri,
        date,
        'application/http; msgtype=request',
        Buffer.from(`GET /${n}/ HTTP/1.1\r\nHost: ${site}\r\n\r\n`),
      ),
      page: undefined,
    };
    let head = 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n';
    let body = html;
    if (n % 7 === 3) {
      const zipped = gzipSync(html);
      const half = zipped.length >> 1;
      head += 'Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n';
      body = Buffer.concat([
        Buffer.from(`${half.toString(16)}\r\n`),
        zipped.subarray(0, half),
        Buffer.from(`\r\n${(zipped.length - half).toString(16)}\r\n`),
        zipped.subarray(half),
        Buffer.from('\r\n0\r\n\r\n'),
      ]);
    } else head += `Content-Length: ${html.length}\r\n`;
    yield {
      bytes: member(
        'response',
        uri,
        date,
        'application/http; msgtype=response',
        Buffer.concat([Buffer.from(`${head}\r\n`), body]),
      ),
      page: { uri, date, article: article.path, html: page },
    };
    if (block !== undefined && options.imageBytes !== undefined) {
      const at = (n * 7919) % (block.length - options.imageBytes);
      yield {
        bytes: member(
          'response',
          `https://${site}/${n}/photo.jpg`,
          date,
          'application/http; msgtype=response',
          Buffer.concat([
            Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: ${options.imageBytes}\r\n\r\n`),
            block.subarray(at, at + options.imageBytes),
          ]),
          // Random bytes do not compress: the fastest level gives the same size.
          1,
        ),
        page: undefined,
      };
      continue;
    }
    if (n % 10 === 9)
      yield {
        bytes: member(
          'response',
          `https://${site}/${n}/logo.png`,
          date,
          'application/http; msgtype=response',
          Buffer.concat([
            Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n'),
            Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
          ]),
        ),
        page: undefined,
      };
  }
}

/** A copy of a gzip member with a byte in the middle of its deflate stream flipped: it no longer inflates to its content. */
export function corruptMember(member: Buffer): Buffer {
  const copy = Buffer.from(member);
  const at = copy.length >> 1;
  copy[at] = (copy[at] as number) ^ 0x55;
  return copy;
}

/** Builds the whole archive in memory ({@link syntheticWarcMembers}), with the corruptions asked for. */
export function syntheticWarc(options: SyntheticWarcOptions): SyntheticWarc {
  const members: Buffer[] = [];
  const pages: SyntheticPage[] = [];
  const pageMembers: number[] = [];
  for (const { bytes, page } of syntheticWarcMembers(options)) {
    if (page !== undefined) {
      pageMembers.push(members.length);
      pages.push(page);
    }
    members.push(bytes);
  }
  for (const index of options.corrupt ?? []) {
    const member = members[index];
    if (!member) throw new Error(`no gzip member ${index}`);
    members[index] = corruptMember(member);
  }
  const offsets: number[] = [];
  let offset = 0;
  for (const member of members) {
    offsets.push(offset);
    offset += member.length;
  }
  let bytes = Buffer.concat(members);
  if (options.truncate === true) bytes = bytes.subarray(0, bytes.length - 20);
  return { bytes, pages, members: offsets, pageMembers };
}
