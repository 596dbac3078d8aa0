/**
 * The bytes of a saved web page → its text: the character set a byte-order mark or the
 * page itself declares (`<meta charset>`, `<meta http-equiv="Content-Type">`), found by
 * the HTML standard's prescan of the first 1024 bytes; UTF-8 when it declares none.
 *
 * @module
 */

/** Bytes the prescan reads for a `<meta>` declaration, as the HTML standard says. */
const PRESCAN_BYTES = 1024;

/**
 * Labels that the Encoding standard maps to windows-1252. Named here so that a runtime
 * whose `TextDecoder` reads `latin1` as ISO-8859-1 proper (C1 controls at 0x80–0x9F)
 * still gives the curly quotes and dashes a browser shows.
 */
const WINDOWS_1252_LABELS = new Set([
  'ansi_x3.4-1968',
  'ascii',
  'cp1252',
  'cp819',
  'csisolatin1',
  'ibm819',
  'iso-8859-1',
  'iso-ir-100',
  'iso8859-1',
  'iso88591',
  'iso_8859-1',
  'iso_8859-1:1987',
  'l1',
  'latin1',
  'us-ascii',
  'windows-1252',
  'x-cp1252',
]);

/**
 * What windows-1252 has at 0x80–0x9F, where ISO-8859-1 has control characters (the
 * Encoding standard's index; 0 marks the five bytes it leaves as they are). Node 20's
 * `TextDecoder('windows-1252')` gives the control characters, so the page is decoded
 * here: these 32, and every other byte as the code point of its value.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] as number) || byte : byte,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** Input that is not a web page's text: a binary file, or bytes not in the declared character set. */
export class HtmlDecodeError extends Error {
  /** @param message - Why the bytes are not text. */
  constructor(message: string) {
    super(message);
    this.name = 'HtmlDecodeError';
  }
}

/**
 * The character set a page declares in its first 1024 bytes: `<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, lower-cased; `undefined`
 * when it declares none.
 *
 * @param bytes - The page's bytes.
 * @returns The declared label, as written.
 * @example
 * ```ts
 * import { declaredCharset } from 'meso-evidence/html';
 * declaredCharset(new TextEncoder().encode('<meta charset="windows-1252"><p>Hei</p>')); // 'windows-1252'
 * ```
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // The prescan reads bytes as ASCII; latin1 keeps one character per byte.
  const head = Array.from(bytes.subarray(0, PRESCAN_BYTES), (byte) => String.fromCharCode(byte)).join('');
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && !/\bcontent\s*=/i.test(tag)) return (direct[1] as string).toLowerCase();
    if (/\bhttp-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
      const value = content ? (content[1] ?? content[2] ?? content[3] ?? '') : '';
      const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(value);
      if (charset) return (charset[1] as string).toLowerCase();
    }
  }
  return undefined;
}

/**
 * Decodes a saved web page: a byte-order mark decides first, then the character set the
 * server sent it in (`transportCharset`, the HTTP `Content-Type`'s, when known: a page
 * from a web archive), then the page's own declaration ({@link declaredCharset}), then
 * UTF-8. A NUL byte means a binary file;
 * bytes that are not valid UTF-8 in a page read as UTF-8 are an error, not guessed at.
 * ISO-8859-1 and the other labels the Encoding standard maps to windows-1252 are read
 * as windows-1252, as browsers do.
 *
 * @param bytes - The page's bytes.
 * @param transportCharset - The `charset` its HTTP `Content-Type` named, if any.
 * @returns The page's text (without a byte-order mark).
 * @throws {@link HtmlDecodeError} for a binary file, an unknown character set, or bytes
 * that are not UTF-8 in a page read as UTF-8.
 * @example
 * ```ts
 * import { decodeHtml } from 'meso-evidence/html';
 * const page = Uint8Array.from([...new TextEncoder().encode('<meta charset="iso-8859-1"><p>Hud'), 0xf8, 0x92]);
 * decodeHtml(page).endsWith('Hudø’'); // true
 * ```
 */
export function decodeHtml(bytes: Uint8Array, transportCharset?: string): string {
  const nul = bytes.indexOf(0);
  let label = bomLabel(bytes);
  if (nul !== -1 && label === undefined)
    throw new HtmlDecodeError(`a binary file, not text (a NUL byte at offset ${nul})`);
  const sent = typeof transportCharset === 'string' ? transportCharset.trim().toLowerCase() : '';
  const declared = label === undefined ? (sent === '' ? declaredCharset(bytes) : sent) : undefined;
  label ??= declared === undefined ? 'utf-8' : WINDOWS_1252_LABELS.has(declared) ? 'windows-1252' : declared;
  // A page saved as UTF-16 may still say "utf-16" in its meta: the standard reads it as UTF-8 then.
  if (declared !== undefined && /^utf-?16/.test(declared)) label = 'utf-8';
  if (label === 'windows-1252') return decodeWindows1252(bytes);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: label === 'utf-8' });
  } catch {
    throw new HtmlDecodeError(`it declares the character set \`${label}\`, which is not one this reader knows`);
  }
  try {
    // TextDecoder drops the byte-order mark of its own encoding.
    return decoder.decode(bytes);
  } catch {
    throw new HtmlDecodeError('not UTF-8 text, and it declares no other character set; save it as UTF-8');
  }
}

function bomLabel(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}
