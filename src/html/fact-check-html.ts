/**
 * Fact-checks a web page: its visible text read as blocks (`htmlBlocks`), checked
 * by the same engine as Markdown, with positions into the page's source.
 *
 * @module
 */
import { checkBlocks, type FactCheckOptions, type FactCheckReport } from '../factcheck/fact-check.js';
import { decodeHtml } from './charset.js';
import { htmlBlocks } from './html-blocks.js';

/**
 * Finds and judges the health claims in a web page. The page's text is what a reader
 * sees: navigation, the site's header and footer, scripts, styles, hidden elements and
 * cookie banners are left out. Positions (line, column, offset) point into the page's
 * source as given (into the decoded text when bytes are given). `<html lang>` does not
 * decide the language: each block's own is detected, unless `options.language` is given.
 *
 * @param page - The page's text, or its bytes (decoded by the charset it declares, see {@link decodeHtml}).
 * @param options - Language and knowledge base (`format` is not used).
 * @returns The report, as `factCheck` gives it for Markdown.
 * @throws TypeError when `page` is neither a string nor bytes; `HtmlDecodeError` when bytes cannot be decoded; `HtmlReadError` when the page cannot be read.
 * @example
 * ```ts
 * import { factCheckHtml } from 'meso-evidence/html';
 * const page = '<html lang="en"><body><nav>Mesotherapy is FDA-approved!</nav><p>Mesotherapy is not FDA-approved.</p></body></html>';
 * const report = factCheckHtml(page);
 * report.findings.length; // 1
 * report.findings[0]?.verdict; // 'supported'
 * report.findings[0]?.position.start.column; // 58
 * ```
 */
export function factCheckHtml(
  page: string | Uint8Array,
  options: Omit<FactCheckOptions, 'format'> = {},
): FactCheckReport {
  const source = typeof page === 'string' ? page : page instanceof Uint8Array ? decodeHtml(page) : undefined;
  if (source === undefined)
    throw new TypeError(
      `factCheckHtml: page must be a string or a Uint8Array, not ${
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything; the check is the public boundary
        page === null ? 'null' : typeof page
      }`,
    );
  return checkBlocks(htmlBlocks(source).blocks, source, options);
}
