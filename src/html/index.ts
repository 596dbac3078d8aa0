/**
 * `meso-evidence/html`: fact-check web pages. A page's visible text — without navigation,
 * the site's header and footer, scripts, styles, hidden elements and cookie banners — is
 * read with the unified collective's HTML parser (`rehype-parse`) and `hast-util-to-mdast`
 * into the headings, paragraphs and list items the engine reads, and every finding's
 * position points into the page's source. Saved pages in windows-1252 or ISO-8859-1 are
 * decoded by the charset they declare.
 *
 * @module meso-evidence/html
 */
export { factCheckHtml } from './fact-check-html.js';
export { decodeHtml, declaredCharset, HtmlDecodeError } from './charset.js';
export { HtmlReadError } from './html-blocks.js';
export {
  COOKIE_BANNER_PATTERNS,
  CHROME_ROLES,
  NAVIGATION_ELEMENTS,
  NEVER_SHOWN_ELEMENTS,
  PAGE_CHROME_ELEMENTS,
  SECTIONING_ELEMENTS,
} from './chrome.js';
