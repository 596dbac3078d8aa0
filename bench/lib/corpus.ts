/**
 * Benchmark corpora: varied Markdown and plain text in English and Norwegian, built
 * from the test articles by shuffling, mixing and lightly rewriting their paragraphs,
 * so that a corpus of any size is not one text repeated. Deterministic (seeded).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dist.js';

/** Article folders the corpora are made from (committed, so the figures reproduce). */
const ARTICLE_DIRS = ['test/fixtures/articles', 'test/fixtures/articles-2'];

/** A small seeded PRNG (mulberry32), so every run builds the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The test articles: name, language (from the file name) and text. */
export interface Article {
  readonly name: string;
  readonly language: 'en' | 'nb';
  readonly text: string;
}

let cached: Article[] | undefined;

/** Every committed test article, English and Norwegian, Markdown and text. */
export function articles(): Article[] {
  cached ??= ARTICLE_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => /\.(?:md|txt)$/.test(name))
      .sort()
      .map((name) => ({
        name,
        language: name.startsWith('nb-') ? ('nb' as const) : ('en' as const),
        text: readFileSync(join(ROOT, dir, name), 'utf8'),
      })),
  );
  return cached;
}

/** The articles' paragraphs (blank-line separated blocks), each with its language. */
function paragraphs(): { language: 'en' | 'nb'; text: string }[] {
  return articles().flatMap((article) =>
    article.text
      .split(/\n[ \t]*\n/)
      .map((text) => text.replace(/^\n+|\s+$/g, ''))
      .filter((text) => text !== '')
      .map((text) => ({ language: article.language, text })),
  );
}

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)] as T;
}

/** Varies a paragraph: a different year or number now and then, sentences reordered. */
function vary(text: string, next: () => number): string {
  let out = text;
  if (next() < 0.3)
    out = out.replace(
      /\b(19|20)(\d\d)\b/g,
      (_all, century: string) => `${century}${String(Math.floor(next() * 25)).padStart(2, '0')}`,
    );
  if (next() < 0.3) out = out.replace(/\b\d{1,2}\b/g, () => String(1 + Math.floor(next() * 60)));
  if (next() < 0.25 && !/^[#>\-*•|]|^\d+[.)]|\n/.test(out)) {
    const sentences = out.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
    if (sentences.length > 1) {
      for (let i = sentences.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [sentences[i], sentences[j]] = [sentences[j] as string, sentences[i] as string];
      }
      out = sentences.join(' ');
    }
  }
  return out;
}

/**
 * Markdown of at least `size` characters: documents of 4–14 paragraphs, each
 * document mostly in one language with paragraphs of the other mixed in, under a
 * heading of its own.
 *
 * @param size - Characters wanted (UTF-16 units; the articles are nearly all ASCII).
 * @param seed - The PRNG seed.
 */
export function markdownCorpus(size: number, seed = 1): string {
  const next = random(seed);
  const pool = paragraphs();
  const byLanguage = { en: pool.filter((p) => p.language === 'en'), nb: pool.filter((p) => p.language === 'nb') };
  const parts: string[] = [];
  let length = 0;
  for (let document = 1; length < size; document++) {
    const language = next() < 0.5 ? 'en' : 'nb';
    const heading = `# ${language === 'en' ? 'Article' : 'Artikkel'} ${document}`;
    parts.push(heading);
    length += heading.length + 2;
    const count = 4 + Math.floor(next() * 11);
    for (let i = 0; i < count && length < size; i++) {
      const from = next() < 0.8 ? byLanguage[language] : byLanguage[language === 'en' ? 'nb' : 'en'];
      const paragraph = vary(pick(from, next).text, next);
      parts.push(paragraph);
      length += paragraph.length + 2;
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * One paragraph of at least `size` characters on a single line: the articles'
 * sentences, varied, with no line break anywhere.
 *
 * @param size - Characters wanted.
 * @param seed - The PRNG seed.
 */
export function singleParagraph(size: number, seed = 2): string {
  const next = random(seed);
  const pool = paragraphs()
    .filter((p) => !/^(?:#|```|<|\|)/.test(p.text))
    .map((p) =>
      p.text
        .replace(/^(?:[-*•]|\d+[.)])\s+/gm, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((text) => /[.!?]$/.test(text));
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const text = vary(pick(pool, next), next);
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join(' ');
}
