/**
 * Synthetic data for the scaling benchmarks: a knowledge base many times the real
 * one (made-up interventions and indications with synonyms in both languages), and a
 * data directory of many studies.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Dataset } from '../../src/schema/kinds.js';
import { random } from './corpus.js';
import { ROOT } from './dist.js';

const SYLLABLES = [
  'zor',
  'ba',
  'gli',
  'mer',
  'tal',
  'vex',
  'quin',
  'dro',
  'lum',
  'sa',
  'pex',
  'ny',
  'kor',
  'fi',
  'ra',
  'bel',
  'tho',
  'ul',
];
const EN_TAILS = ['therapy', 'plasty', 'infusion', 'peel', 'lift', 'sculpt', 'booster', 'laser'];
const NB_TAILS = ['terapi', 'behandling', 'kur', 'injeksjon', 'løft', 'skrell', 'booster'];
/** Common heads: real phrases start with them too, so a synthetic base crowds the same index slots. */
const EN_HEADS = ['skin', 'hair', 'fat', 'body', 'facial', 'scalp', 'belly', 'chronic'];
const NB_HEADS = ['hud', 'hår', 'fett', 'kropp', 'ansikts', 'hodebunn', 'mage', 'kronisk'];
const EN_CONDITIONS = ['spots', 'laxity', 'dullness', 'pockets', 'bulges', 'scarring', 'redness', 'itch'];
const NB_CONDITIONS = ['flekker', 'slapphet', 'matthet', 'lommer', 'valker', 'arr', 'rødme', 'kløe'];

function word(next: () => number, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += SYLLABLES[Math.floor(next() * SYLLABLES.length)] ?? '';
  return out;
}

function choose<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)] as T;
}

/**
 * The real records plus made-up interventions and indications, so that there are
 * `factor` times as many of each, each with 3–8 names per language: single made-up
 * words ("zorbatherapy-17"), compounds open at the end ("glimrendehud42*"), and
 * phrases that start with a common word ("hair zorbosis 17", "hud vexmerflekker 9").
 *
 * @param real - The real dataset (records of every kind; cues may be empty).
 * @param factor - How many times the real interventions and indications.
 * @param seed - The PRNG seed.
 * @returns Records to pass to `createKnowledgeBase`.
 */
export function syntheticRecords(real: Dataset, factor: number, seed = 7): Record<string, unknown[]> {
  const next = random(seed);
  const records: Record<string, unknown[]> = Object.fromEntries(
    Object.entries(real).map(([kind, list]) => [kind, [...(list as unknown[])]]),
  );
  const interventions = real.interventions;
  const indications = real.indications;
  for (let n = 1; records.interventions!.length < interventions.length * factor; n++) {
    const template = interventions[n % interventions.length]!;
    const stem = word(next, 2 + Math.floor(next() * 2));
    const en = [
      `${stem}${choose(EN_TAILS, next)}-${n}`,
      `${stem} ${choose(EN_TAILS, next)} ${n}`,
      `${word(next, 3)}-${n}`,
    ];
    const nb = [
      `${stem}${choose(NB_TAILS, next)}-${n}`,
      `${stem}${choose(NB_TAILS, next)}${n}*`,
      `${word(next, 3)}-${n}`,
    ];
    for (let extra = Math.floor(next() * 6); extra > 0; extra--) {
      en.push(`${choose(EN_HEADS, next)} ${word(next, 2)}${choose(EN_TAILS, next)} ${n}`);
      nb.push(`${choose(NB_HEADS, next)} ${word(next, 2)}${choose(NB_TAILS, next)} ${n}`);
    }
    const { related: _related, ...rest } = template as typeof template & { related?: unknown };
    records.interventions!.push({ ...rest, id: `synthetic-intervention-${n}`, names: { en, nb } });
  }
  for (let n = 1; records.indications!.length < indications.length * factor; n++) {
    const template = indications[n % indications.length]!;
    const stem = word(next, 2 + Math.floor(next() * 2));
    const en = [
      `${stem}osis-${n}`,
      `${choose(EN_HEADS, next)} ${stem}osis ${n}`,
      `${word(next, 2)}${choose(EN_CONDITIONS, next)}-${n}`,
    ];
    const nb = [
      `glimrende-${stem}-${n}`,
      `${choose(NB_HEADS, next)}${stem}${n}*`,
      `${choose(NB_HEADS, next)} ${word(next, 2)}${choose(NB_CONDITIONS, next)} ${n}`,
    ];
    for (let extra = Math.floor(next() * 6); extra > 0; extra--) {
      en.push(`${choose(EN_HEADS, next)} ${word(next, 2)} ${choose(EN_CONDITIONS, next)} ${n}`);
      nb.push(`${choose(NB_HEADS, next)} ${word(next, 2)}${choose(NB_CONDITIONS, next)} ${n}`);
    }
    const { parent: _parent, ...rest } = template as typeof template & { parent?: unknown };
    records.indications!.push({ ...rest, id: `synthetic-indication-${n}`, names: { en, nb } });
  }
  return records;
}

/**
 * Writes a data directory: the real data/ plus synthetic studies (copies of the real
 * ones under new ids, their numbers varied) until there are `studies` studies.
 *
 * @param real - The real dataset, for the study templates.
 * @param studies - How many studies the directory should hold.
 * @returns The directory (in the OS temp dir; the caller removes it).
 */
export function syntheticDataDirectory(real: Dataset, studies: number, seed = 11): string {
  const next = random(seed);
  const dir = mkdtempSync(join(tmpdir(), 'meso-bench-data-'));
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  mkdirSync(join(dir, 'studies'), { recursive: true });
  const templates = real.studies;
  for (let n = 1; n <= studies - templates.length; n++) {
    const template = templates[n % templates.length]!;
    const id = `${template.id}-s${n}`;
    const {
      doi: _doi,
      pmid: _pmid,
      ...citation
    } = template.citation as typeof template.citation & { doi?: string; pmid?: string };
    // Without doi and pmid (they identify the real paper), so not listed as unverified either;
    // the schema asks a study without them to say why.
    const unverifiedFields = template.unverifiedFields?.filter((path) => !/^citation\.(?:doi|pmid)$/.test(path));
    const record = {
      ...template,
      id,
      citation: {
        ...citation,
        year: 1990 + Math.floor(next() * 35),
        noIdentifier: 'A made-up study for the loading benchmark.',
      },
      // Nothing to check a made-up study against.
      verification: 'unverified',
      unverifiedFields,
    };
    if (!unverifiedFields?.length) delete (record as { unverifiedFields?: unknown }).unverifiedFields;
    writeFileSync(
      join(dir, 'studies', `${id}.yaml`),
      `# yaml-language-server: $schema=../../schemas/studies.schema.json\n${stringify(record)}`,
    );
  }
  return dir;
}
