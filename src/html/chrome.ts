/**
 * What a reader of a web page does not read as its text: the page's chrome (navigation,
 * the site's header and footer), elements that are never shown (scripts, styles,
 * templates, hidden elements) and cookie banners. Kept as data, so the lists can be read,
 * tested and grown without touching the reader.
 *
 * @module
 */
import type { Element, Parents } from 'hast';

/** Elements whose content is never the page's visible text. */
export const NEVER_SHOWN_ELEMENTS: readonly string[] = [
  'head',
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
];

/** Elements that are the site's navigation, wherever they stand. */
export const NAVIGATION_ELEMENTS: readonly string[] = ['nav'];

/**
 * Elements that are the site's banner or footer when they belong to the page as a whole
 * (not inside an article or a section, where they are that part's own header or footer,
 * holding its title or byline) — the rule that gives them the ARIA roles `banner` and
 * `contentinfo`.
 */
export const PAGE_CHROME_ELEMENTS: readonly string[] = ['header', 'footer'];

/** Sectioning elements whose own `<header>` and `<footer>` are content, not chrome. */
export const SECTIONING_ELEMENTS: readonly string[] = ['article', 'aside', 'main', 'nav', 'section'];

/** ARIA roles of chrome and of elements a reader does not read. */
export const CHROME_ROLES: readonly string[] = ['navigation', 'banner', 'contentinfo', 'search', 'alertdialog'];

/**
 * Cookie and consent banners, by words in their `id` or `class` (matched against each
 * token, case-insensitively): the names the common consent tools and themes use
 * (OneTrust, Cookiebot, CookieYes, Complianz, Usercentrics, Didomi, Osano, Borlabs,
 * Iubenda, Quantcast's CMP, TrustArc, Termly, and themes' own `cookie-…`/`consent-…`/
 * `gdpr-…` blocks).
 */
export const COOKIE_BANNER_PATTERNS: readonly RegExp[] = [
  /cookie/i,
  /consent/i,
  /gdpr/i,
  /^cmp(?:[-_]|$)/i,
  /onetrust/i,
  /^ot-sdk/i,
  /cookiebot/i,
  /^cky-/i,
  /^cmplz/i,
  /usercentrics/i,
  /didomi/i,
  /^osano/i,
  /^borlabs/i,
  /iubenda/i,
  /^qc-cmp/i,
  /truste/i,
  /termly/i,
  /^cc-(?:banner|window|revoke|grower)$/i,
];

/** `display: none` or `visibility: hidden` in an inline style. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Whether an element, with all it holds, is left out of the page's text: never shown,
 * navigation (a `<nav>`, or a list of links and nothing else), the page's header or footer, hidden (`hidden`, `aria-hidden="true"`, an
 * inline `display: none`), in a chrome role, or a cookie banner.
 *
 * @param element - The element.
 * @param ancestors - Its ancestors, outermost first.
 * @returns `true` to leave it out.
 * @example
 * ```ts
 * import { isLeftOut } from './chrome.js';
 * const banner = { type: 'element' as const, tagName: 'div', properties: { id: 'cookie-notice' }, children: [] };
 * isLeftOut(banner, []); // true
 * ```
 */
export function isLeftOut(element: Element, ancestors: readonly Parents[]): boolean {
  const name = element.tagName.toLowerCase();
  if (NEVER_SHOWN_ELEMENTS.includes(name) || NAVIGATION_ELEMENTS.includes(name)) return true;
  if (isLinkList(element)) return true;
  if (
    PAGE_CHROME_ELEMENTS.includes(name) &&
    !ancestors.some((a) => a.type === 'element' && SECTIONING_ELEMENTS.includes(a.tagName.toLowerCase()))
  )
    return true;
  const props = element.properties;
  if (props.hidden !== undefined && props.hidden !== false) return true;
  if (String(props.ariaHidden).toLowerCase() === 'true') return true;
  if (typeof props.style === 'string' && HIDDEN_STYLE.test(props.style)) return true;
  const role = typeof props.role === 'string' ? props.role.toLowerCase().split(/\s+/) : [];
  if (role.some((r) => CHROME_ROLES.includes(r))) return true;
  const names = [...tokens(props.id), ...tokens(props.className)];
  return names.some((token) => COOKIE_BANNER_PATTERNS.some((pattern) => pattern.test(token)));
}

/** Lists whose items are links and nothing else are navigation wherever they stand. */
const LIST_ELEMENTS: readonly string[] = ['ul', 'ol'];

/**
 * Whether the element is a list whose every item is one link and nothing else ("You may also
 * like: Facial mesotherapy for dull skin · Skin boosters"): the titles of other pages, as a
 * menu's are, not what this page says.
 */
function isLinkList(element: Element): boolean {
  if (!LIST_ELEMENTS.includes(element.tagName.toLowerCase())) return false;
  const items = element.children.filter((child) => child.type === 'element');
  return (
    items.length > 0 &&
    items.every((item) => {
      if (item.tagName.toLowerCase() !== 'li') return false;
      const content = item.children.filter((child) => child.type !== 'comment' && !isBlank(child));
      return content.length === 1 && content[0]?.type === 'element' && content[0].tagName.toLowerCase() === 'a';
    })
  );
}

function isBlank(node: Element['children'][number]): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

function tokens(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return [];
}
