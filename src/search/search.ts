/**
 * Search by name or synonym: an inverted index of name words and their stems,
 * built once per knowledge base.
 *
 * @module
 */
import type { Language } from '../schema/common.js';
import type { Dataset } from '../schema/kinds.js';
import type { Names } from '../schema/common.js';
import { variants, words } from './normalize.js';

/**
 * The kinds of record search finds.
 *
 * @example
 * ```ts
 * import type { SearchKind } from 'meso-evidence';
 * const kind: SearchKind = 'indications';
 * ```
 */
export type SearchKind = 'interventions' | 'indications' | 'ingredients' | 'studies';

/**
 * Options for {@link KnowledgeBase.search}.
 *
 * @example
 * ```ts
 * import { knowledgeBase, type SearchOptions } from 'meso-evidence';
 * const options: SearchOptions = { lang: 'nb', kinds: ['indications'], limit: 5 };
 * knowledgeBase.search('cellulitter', options);
 * ```
 */
export interface SearchOptions {
  /** The language of the query: its inflection endings are stripped, and labels are given in it. Both when left out (labels in English). */
  readonly lang?: Language;
  /** Only these kinds. */
  readonly kinds?: readonly SearchKind[];
  /** At most this many results (default 20). */
  readonly limit?: number;
}

/**
 * One search result.
 *
 * @example
 * ```ts
 * import { knowledgeBase, type SearchResult } from 'meso-evidence';
 * const [best]: readonly SearchResult[] = knowledgeBase.search('Hårtap', { lang: 'nb' });
 * best?.id; // 'alopecia'
 * ```
 */
export interface SearchResult {
  /** The kind of record. */
  readonly kind: SearchKind;
  /** The record's id. */
  readonly id: string;
  /** The name to show: the record's first name in the query's language; for a study, first author and year. */
  readonly label: string;
  /** How well it matches, from 0 (exclusive) to 1 (an exact name). */
  readonly score: number;
}

const KIND_ORDER: readonly SearchKind[] = ['interventions', 'indications', 'ingredients', 'studies'];

interface Name {
  readonly folded: string;
  readonly words: readonly string[];
  /** The first word may end a compound (`*fett`). */
  readonly openStart: boolean;
  /** The last word may start a compound (`hårtap*`). */
  readonly openEnd: boolean;
  readonly weight: number;
}

interface Entry {
  readonly kind: SearchKind;
  readonly id: string;
  readonly labels: Readonly<Record<Language, string>>;
  readonly names: readonly Name[];
}

interface Posting {
  readonly entry: number;
  readonly name: number;
  readonly word: number;
  readonly exact: boolean;
}

function makeName(text: string, weight: number): Name | undefined {
  const openStart = text.startsWith('*');
  const openEnd = text.endsWith('*');
  const list = words(text);
  if (list.length === 0) return undefined;
  return { folded: list.join(' '), words: list, openStart, openEnd, weight };
}

function strip(name: string): string {
  return name.replace(/^\*+|\*+$/g, '');
}

function namedEntry(kind: SearchKind, id: string, names: Names): Entry {
  const list = [
    ...names.en.map((n) => makeName(n, 1)),
    ...names.nb.map((n) => makeName(n, 1)),
    makeName(id.replace(/-/g, ' '), 0.9),
  ].filter((n): n is Name => n !== undefined);
  return {
    kind,
    id,
    labels: { en: strip(names.en[0] ?? id), nb: strip(names.nb[0] ?? names.en[0] ?? id) },
    names: list,
  };
}

/**
 * The search index of a dataset.
 *
 * @internal
 */
export class SearchIndex {
  readonly #entries: readonly Entry[];
  readonly #postings = new Map<string, Posting[]>();
  readonly #open: { entry: number; name: number; word: number; fragment: string; atStart: boolean }[] = [];

  constructor(dataset: Dataset) {
    const entries: Entry[] = [];
    for (const r of dataset.interventions) entries.push(namedEntry('interventions', r.id, r.names));
    for (const r of dataset.indications) entries.push(namedEntry('indications', r.id, r.names));
    for (const r of dataset.ingredients) entries.push(namedEntry('ingredients', r.id, r.names));
    for (const s of dataset.studies) {
      const first = s.citation.authors[0]?.family ?? s.id;
      const label = `${first}${s.citation.authors.length > 1 || s.citation.etAl ? ' et al.' : ''} ${s.citation.year}`;
      const names = [
        makeName(s.citation.title, 0.9),
        makeName(`${first} ${s.citation.year}`, 1),
        makeName(s.id.replace(/-/g, ' '), 1),
      ];
      entries.push({
        kind: 'studies',
        id: s.id,
        labels: { en: label, nb: label },
        names: names.filter((n): n is Name => n !== undefined),
      });
    }
    this.#entries = entries;
    entries.forEach((entry, e) => {
      entry.names.forEach((name, n) => {
        name.words.forEach((word, w) => {
          for (const variant of variants(word)) {
            const list = this.#postings.get(variant) ?? [];
            list.push({ entry: e, name: n, word: w, exact: variant === word });
            this.#postings.set(variant, list);
          }
          if (name.openStart && w === 0) this.#open.push({ entry: e, name: n, word: w, fragment: word, atStart: true });
          if (name.openEnd && w === name.words.length - 1)
            this.#open.push({ entry: e, name: n, word: w, fragment: word, atStart: false });
        });
      });
    });
  }

  search(text: unknown, options: SearchOptions | undefined): readonly SearchResult[] {
    if (typeof text !== 'string') return [];
    const lang = options?.lang === 'en' || options?.lang === 'nb' ? options.lang : undefined;
    const kinds = Array.isArray(options?.kinds) ? new Set<string>(options.kinds) : undefined;
    const limit = typeof options?.limit === 'number' && options.limit >= 0 ? Math.floor(options.limit) : 20;
    const query = [...new Set(words(text))];
    if (query.length === 0) return [];
    const folded = query.join(' ');

    // (entry, name) → matched name words (with weight) and matched query words
    const hits = new Map<
      string,
      { entry: number; name: number; nameWords: Map<number, number>; queryWords: Set<number> }
    >();
    const note = (entry: number, name: number, word: number, q: number, weight: number): void => {
      const key = `${entry}:${name}`;
      let hit = hits.get(key);
      if (!hit) hits.set(key, (hit = { entry, name, nameWords: new Map(), queryWords: new Set() }));
      hit.nameWords.set(word, Math.max(hit.nameWords.get(word) ?? 0, weight));
      hit.queryWords.add(q);
    };
    query.forEach((word, q) => {
      const forms = variants(word, lang);
      for (const form of forms) {
        for (const p of this.#postings.get(form) ?? [])
          note(p.entry, p.name, p.word, q, p.exact && form === word ? 1 : 0.9);
      }
      for (const open of this.#open) {
        if (word.length <= open.fragment.length) continue;
        if (forms.some((f) => (open.atStart ? f.endsWith(open.fragment) : f.startsWith(open.fragment))))
          note(open.entry, open.name, open.word, q, 0.85);
      }
    });

    const best = new Map<number, number>();
    for (const hit of hits.values()) {
      const entry = this.#entries[hit.entry] as Entry;
      if (kinds && !kinds.has(entry.kind)) continue;
      const name = entry.names[hit.name] as Name;
      let score: number;
      if (name.folded === folded) {
        score = 1;
      } else {
        let covered = 0;
        for (const weight of hit.nameWords.values()) covered += weight;
        const coverage = covered / name.words.length;
        const precision = hit.queryWords.size / query.length;
        score = 0.98 * (0.5 * coverage + 0.5 * precision);
      }
      score = Math.round(score * name.weight * 1000) / 1000;
      if (score > (best.get(hit.entry) ?? 0)) best.set(hit.entry, score);
    }
    const results = [...best].map(([e, score]) => {
      const entry = this.#entries[e] as Entry;
      return { kind: entry.kind, id: entry.id, label: entry.labels[lang ?? 'en'], score };
    });
    results.sort(
      (a, b) =>
        b.score - a.score ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    return Object.freeze(results.slice(0, limit).map((r) => Object.freeze(r)));
  }
}

// One caller must not change the class for every other (issue 16): its prototype and statics are frozen.
Object.freeze(SearchIndex.prototype);
Object.freeze(SearchIndex);
