/**
 * A small in-memory dataset for testing rules without depending on the bundled data.
 */
import { createKnowledgeBase } from '../../src/schema/index.js';
import type { KnowledgeBase } from '../../src/index.js';

const src = ['src'];
const names = (en: string, nb: string, ...more: string[]) => ({ en: [en, ...more], nb: [nb] });
const text = (en: string) => ({ en, nb: en });

function intervention(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    type: 'procedure',
    names: names(id.replace(/-/g, ' '), `${id}-nb`),
    description: text(`${id}.`),
    invasiveness: 'minimally-invasive',
    sources: src,
    verification: 'verified',
    ...extra,
  };
}

function range(min: number, max: number) {
  return { min, max, sources: src, verification: 'verified' };
}

const judged = (concern: string) => ({ concern, reason: text(`${concern}.`) });

/** A GRADE rating that gives `certainty`, as the certainty-mismatch rule requires. */
function gradeFor(certainty: string) {
  return {
    startingLevel: certainty === 'high' || certainty === 'moderate' ? 'high' : 'low',
    riskOfBias: judged('none'),
    inconsistency: judged('none'),
    indirectness: judged('none'),
    imprecision: judged(certainty === 'moderate' || certainty === 'very-low' ? 'serious' : 'none'),
    publicationBias: judged('none'),
  };
}

function assessment(subject: string, indication: string, direction: string, certainty: string, studies: string[] = []) {
  return {
    grade: gradeFor(certainty),
    lastReviewed: '2026-11-30',
    id: `${subject}--${indication}`,
    subject,
    indication,
    direction,
    certainty,
    rationale: text('Because.'),
    studies,
    statements: [],
    sources: src,
    verification: 'verified',
  };
}

function regulatory(
  id: string,
  authority: string,
  status: string,
  interventions: string[],
  indications: string[],
  jurisdiction = 'US',
) {
  return {
    id,
    authority,
    authorityName: authority,
    jurisdiction,
    date: '2015-04-29',
    action: status === 'approved' ? 'approval' : 'warning',
    status,
    interventions,
    indications,
    scope: text('Scope.'),
    summary: text('Summary.'),
    sources: src,
    verification: 'verified',
  };
}

function study(id: string, year: number, extra: Record<string, unknown>) {
  return {
    id,
    citation: {
      authors: [
        { family: 'Smith', given: 'AB' },
        { family: 'Jones', given: 'C' },
      ],
      title: `Study ${id}`,
      journal: 'J Test',
      year,
      noIdentifier: 'a made-up record for tests; there is no article to find',
    },
    design: 'randomized-controlled-trial',
    controlled: true,
    interventions: ['alpha'],
    indications: ['hair'],
    intervention: 'Alpha.',
    outcomes: [{ measure: 'm', result: 'positive', summary: 'S.' }],
    result: 'positive',
    summary: text('Summary.'),
    // Without a DOI, PMID or URL a study cannot be `verified` (rule verified-without-identifier).
    verification: 'unverified',
    ...extra,
  };
}

/** The records of the test knowledge base. */
export const records = {
  sources: [
    {
      id: 'src',
      type: 'web-page',
      title: 'Test source',
      url: 'https://example.org/src',
      language: 'en',
      verification: 'verified',
    },
    {
      id: 'blog',
      type: 'web-page',
      title: 'A blog',
      url: 'https://example.org/blog',
      language: 'en',
      verification: 'verified',
    },
  ],
  indications: [
    { id: 'fat', names: names('localized fat', 'lokalt fett', 'fat deposits', '*fat'), description: text('Fat.') },
    { id: 'chin', parent: 'fat', names: names('double chin', 'dobbelthake'), description: text('Chin.') },
    { id: 'jowl', parent: 'chin', names: names('jowl', 'kjake'), description: text('Jowl.') },
    {
      id: 'chin-women',
      parent: 'chin',
      names: names('double chin in women', 'dobbelthake hos kvinner'),
      description: text('Chin, women.'),
      population: { sex: 'female' },
    },
    { id: 'hair', names: { en: ['hair loss', 'baldness'], nb: ['hårtap', 'hårtap*'] }, description: text('Hair.') },
    { id: 'skin', names: names('skin', 'hud'), description: text('Skin.') },
    { id: 'pain', names: names('pain', 'smerte'), description: text('Pain.') },
    { id: 'scars', names: names('scars', 'arr'), description: text('Scars.') },
    { id: 'cellulite', names: { en: ['cellulite'], nb: ['cellulitt', 'cellulitt*'] }, description: text('Cellulite.') },
  ],
  interventions: [
    intervention('alpha', {
      type: 'drug',
      invasiveness: 'non-invasive',
      names: names('alphamab', 'alfamab', 'Brandex'),
    }),
    intervention('beta', { invasiveness: 'surgical' }),
    intervention('mesotherapy'),
    intervention('injection-lipolysis'),
    intervention('harmful'),
    intervention('warned'),
    intervention('zero-down', { procedure: { downtimeDays: range(0, 0), sessions: range(1, 3) } }),
    intervention('usual-down', { procedure: { downtimeDays: range(0, 2) } }),
    intervention('some-down', { procedure: { downtimeDays: range(2, 5) } }),
  ],
  assessments: [
    assessment('alpha', 'hair', 'benefit', 'high', ['smith-2010']),
    assessment('alpha', 'skin', 'benefit', 'moderate'),
    assessment('alpha', 'pain', 'benefit', 'low'),
    assessment('alpha', 'scars', 'benefit', 'very-low'),
    assessment('alpha', 'fat', 'insufficient', 'very-low'),
    assessment('alpha', 'cellulite', 'insufficient', 'high'),
    assessment('beta', 'fat', 'benefit', 'moderate'),
    assessment('beta', 'hair', 'no-benefit', 'low', ['smith-2010']),
    assessment('beta', 'skin', 'harm', 'moderate'),
    assessment('harmful', 'pain', 'harm', 'low'),
  ],
  regulatory: [
    { ...regulatory('fda-alpha-chin', 'FDA', 'approved', ['alpha'], ['chin']), population: { sex: 'male' } },
    regulatory('fda-zero-down', 'FDA', 'approved', ['zero-down'], []),
    regulatory('ema-beta', 'EMA', 'approved', ['beta'], [], 'EU'),
    regulatory('fda-beta-not', 'FDA', 'not-approved', ['beta'], []),
    regulatory('fda-warned', 'FDA', 'warned-against', ['warned'], ['fat']),
    regulatory('no-warned', 'Statens legemiddelverk', 'prescription-only', ['warned'], ['fat'], 'NO'),
  ],
  'adverse-events': [
    {
      id: 'harmful--adverse-events',
      intervention: 'harmful',
      scope: text('Harms of harmful.'),
      events: [
        {
          id: 'bruising',
          name: text('bruising'),
          frequency: { category: 'common' },
          seriousness: 'mild',
          sources: ['blog'],
          verification: 'verified',
        },
      ],
      lastReviewed: '2026-11-30',
    },
  ],
  studies: [
    study('smith-2010', 2010, {
      sampleSize: { participants: 100 },
      describedAs: [{ source: 'blog', language: 'en', text: 'a 2010 study', accurate: false, note: 'No.' }],
    }),
    study('smith-2015', 2015, {
      design: 'meta-analysis',
      sampleSize: { participants: 500, studies: 7 },
      result: 'null',
      interventions: ['alpha', 'beta'],
      indications: ['hair', 'skin'],
    }),
    study('jones-2020', 2020, {
      design: 'case-series',
      controlled: false,
      result: 'mixed',
      indications: ['fat'],
      interventions: ['beta'],
      citation: {
        authors: [{ family: 'Jones', given: 'D' }],
        title: 'Beta for fat?',
        journal: 'Fat J',
        year: 2020,
        volume: '3',
        issue: '2',
        pages: '10–19',
        doi: '10.1000/xyz',
        pmid: '123456',
      },
      verification: 'verified',
      unverifiedFields: ['citation.volume', 'citation.pmid'],
    }),
  ],
};

/** The test knowledge base, validated by createKnowledgeBase. */
export function testKb(): KnowledgeBase {
  return createKnowledgeBase(records);
}
