/**
 * The exports against what each standard requires: schema.org ClaimReview (and
 * Google's guidance), FHIR R5 Evidence and Citation, CSL-JSON.
 */
import { describe, expect, it } from 'vitest';
import { VERDICTS, knowledgeBase } from '../../src/index.js';
import { factCheck, type Finding } from '../../src/factcheck/index.js';
import {
  CERTAINTY_RATING_DISPLAY,
  FHIR_SYSTEMS,
  RATING_SCALE,
  shortenClaim,
  toClaimReview,
  toCslJson,
  toFhirBundle,
  toFhirCitation,
  toFhirEvidence,
} from '../../src/export/index.js';

const finding = (verdict: Finding['verdict'], text = 'Mesotherapy melts cellulite away'): Finding => ({
  claim: { subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm' },
  verdict,
  text,
  position: { start: { line: 3, column: 5, offset: 40 }, end: { line: 3, column: 37, offset: 72 } },
  assessment: { direction: 'insufficient', certainty: 'very-low' },
  citations: ['rotunda-2005'],
  refersTo: [],
  message: `${verdict}: because.`,
});

describe('ClaimReview', () => {
  it('has the required properties, the schema.org context and a Claim with its appearance', () => {
    const review = toClaimReview(finding('overstated'), {
      documentUrl: 'https://clinic.example/ad',
      claimAuthor: { '@type': 'Organization', name: 'Klinikk X' },
    });
    expect(review['@context']).toBe('https://schema.org');
    expect(review['@type']).toBe('ClaimReview');
    expect(review.url).toBe('https://clinic.example/ad#claim-3-5-effective-for-cellulite');
    expect(review.claimReviewed).toBe('Mesotherapy melts cellulite away');
    expect(review.author).toEqual({ '@type': 'Organization', name: 'meso-evidence' });
    expect(review.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 2,
      bestRating: 3,
      worstRating: 1,
      alternateName: 'Overstated',
      ratingExplanation: 'overstated: because.',
    });
    expect(review.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Klinikk X' },
      appearance: [{ '@type': 'CreativeWork', url: 'https://clinic.example/ad' }],
    });
  });

  it('the rating scale covers every verdict and agrees with alternateName, in both languages', () => {
    const values = new Set<number>();
    for (const verdict of VERDICTS) {
      const step = RATING_SCALE.steps[verdict];
      for (const language of ['en', 'nb'] as const) {
        const { reviewRating } = toClaimReview(finding(verdict), { language });
        expect(reviewRating.alternateName).toBe(step.name[language]);
        expect(reviewRating.ratingValue).toBe(step.value ?? undefined);
        expect(reviewRating.bestRating).toBe(RATING_SCALE.best);
        expect(reviewRating.worstRating).toBe(RATING_SCALE.worst);
      }
      if (step.value !== null) {
        expect(step.value).toBeGreaterThanOrEqual(RATING_SCALE.worst);
        expect(step.value).toBeLessThanOrEqual(RATING_SCALE.best);
        values.add(step.value);
      }
    }
    // one number per rated verdict, worse verdicts lower
    expect(values.size).toBe(3);
    expect(RATING_SCALE.steps.contradicted.value).toBe(RATING_SCALE.worst);
    expect(RATING_SCALE.steps.supported.value).toBe(RATING_SCALE.best);
    expect(RATING_SCALE.steps.overstated.value!).toBeGreaterThan(RATING_SCALE.steps.contradicted.value!);
  });

  it('claimReviewed is at most 75 characters and never carries the verdict', () => {
    const long =
      'Mesotherapy is a **revolutionary** treatment that melts away stubborn cellulite and fat on thighs, hips and belly';
    const short = shortenClaim(long);
    expect(short.length).toBeLessThanOrEqual(75);
    expect(short).toMatch(/^Mesotherapy is a revolutionary treatment .*…$/);
    for (const verdict of VERDICTS) {
      const review = toClaimReview(finding(verdict, long));
      expect(review.claimReviewed.length).toBeLessThanOrEqual(75);
      expect(review.claimReviewed.toLowerCase()).not.toContain(verdict);
      expect(review.claimReviewed).not.toContain(RATING_SCALE.steps[verdict].name.en);
    }
  });

  it('gives each claim of one sentence its own url; the bare fragment without a document', () => {
    const report = factCheck('Mesotherapy smooths cellulite and is completely safe.', { format: 'text' });
    const urls = report.findings.map((f) => toClaimReview(f).url);
    expect(urls.length).toBeGreaterThan(1);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^#claim-1-1-/);
  });
});

describe('FHIR R5 Evidence', () => {
  const match = knowledgeBase.assessment('mesotherapy', 'cellulite');
  const evidence = toFhirEvidence(match!.assessment);

  it('has resourceType, status and variableDefinition with variableRole codes population and exposure', () => {
    expect(evidence.resourceType).toBe('Evidence');
    expect(['draft', 'active', 'retired', 'unknown']).toContain(evidence.status);
    expect(evidence.variableDefinition.length).toBeGreaterThanOrEqual(1);
    const roles = evidence.variableDefinition.map((v) => v.variableRole.coding?.[0]);
    expect(roles).toEqual([
      { system: 'http://terminology.hl7.org/CodeSystem/variable-role', code: 'population' },
      { system: 'http://terminology.hl7.org/CodeSystem/variable-role', code: 'exposure' },
    ]);
    expect(evidence.variableDefinition.map((v) => v.description)).toEqual(['Cellulite', 'Mesotherapy']);
  });

  it('rates Overall certainty with the GRADE code from http://hl7.org/fhir/certainty-rating', () => {
    const [overall] = evidence.certainty ?? [];
    expect(overall?.type?.coding).toEqual([{ system: 'http://hl7.org/fhir/certainty-type', code: 'Overall' }]);
    expect(overall?.rating?.coding).toEqual([
      { system: 'http://hl7.org/fhir/certainty-rating', code: 'very-low', display: 'Very low quality' },
    ]);
    for (const sub of overall?.subcomponent ?? []) {
      expect(sub.type?.coding?.[0]?.system).toBe(FHIR_SYSTEMS.certaintyType);
      expect(sub.rating?.coding?.[0]?.system).toBe(FHIR_SYSTEMS.certaintyRating);
      expect(sub.rating?.coding?.[0]?.code).toMatch(/^(no-concern|serious-concern|very-serious-concern|upcode1)$/);
    }
  });

  it('every assessment maps its certainty to one of the four R5 GRADE codes', () => {
    for (const a of knowledgeBase.dataset.assessments) {
      const code = toFhirEvidence(a).certainty?.[0]?.rating?.coding?.[0];
      expect(Object.keys(CERTAINTY_RATING_DISPLAY)).toContain(code?.code);
      expect(code?.display).toBe(CERTAINTY_RATING_DISPLAY[a.certainty]);
    }
  });

  it('cites its studies as relatedArtifact (R5 has no Evidence.relatesTo) and states an assertion', () => {
    expect(evidence).not.toHaveProperty('relatesTo');
    expect(evidence.relatedArtifact?.map((r) => [r.type, r.resourceReference?.reference])).toEqual([
      ['citation', 'Citation/rotunda-2005'],
      ['citation', 'Citation/atiyeh-2008'],
      ['citation', 'Citation/kaufman-janette-2021'],
    ]);
    expect(evidence.relatedArtifact?.[0]?.citation).toMatch(/^Rotunda AM/);
    expect(evidence.assertion).toMatch(/insufficient.*very low/);
    expect(toFhirEvidence(match!.assessment, { language: 'nb' }).assertion).toMatch(/svært lav/);
  });
});

describe('FHIR R5 Citation', () => {
  it('is active, with PMID and DOI identifiers in their systems, title, publication form and authors', () => {
    const park = knowledgeBase.study('park-2008')!;
    const citation = toFhirCitation(park);
    expect(citation.resourceType).toBe('Citation');
    expect(citation.status).toBe('active');
    const artifact = citation.citedArtifact!;
    expect(artifact.identifier?.map(({ system, value }) => ({ system, value }))).toEqual([
      { system: 'https://pubmed.ncbi.nlm.nih.gov', value: '18349597' },
      { system: 'https://doi.org', value: park.citation.doi },
    ]);
    expect(artifact.title).toEqual([{ text: park.citation.title }]);
    expect(artifact.publicationForm?.[0]).toMatchObject({
      publishedIn: { title: 'Plast Reconstr Surg' },
      articleDate: '2008',
    });
    const entries = artifact.contributorship?.entry ?? [];
    expect(entries).toHaveLength(park.citation.authors.length);
    entries.forEach((e, i) => {
      expect(e.contributor.display).toBeTruthy(); // contributor is required (1..1) in R5
      expect(e.rankingOrder).toBe(i + 1);
    });
  });

  it('leaves out identifiers a study does not have', () => {
    for (const study of knowledgeBase.dataset.studies) {
      const systems = toFhirCitation(study).citedArtifact?.identifier?.map((i) => i.system) ?? [];
      expect(systems).toEqual([
        ...(study.citation.pmid ? [FHIR_SYSTEMS.pmid] : []),
        ...(study.citation.doi ? [FHIR_SYSTEMS.doi] : []),
      ]);
    }
  });

  it('a bundle gives entries fullUrls under the base, so relative references resolve', () => {
    const bundle = toFhirBundle([toFhirCitation(knowledgeBase.study('park-2008')!)], 'https://fhir.example/r5/');
    expect(bundle).toMatchObject({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ fullUrl: 'https://fhir.example/r5/Citation/park-2008' }],
    });
  });
});

describe('CSL-JSON', () => {
  it('has id and type on every item, and only fields the CSL schema knows', () => {
    const allowed = new Set([
      'id',
      'type',
      'title',
      'author',
      'issued',
      'container-title',
      'container-title-short',
      'volume',
      'issue',
      'page',
      'DOI',
      'PMID',
      'URL',
      'note',
    ]);
    const items = toCslJson(knowledgeBase.dataset.studies);
    expect(items).toHaveLength(knowledgeBase.dataset.studies.length);
    for (const item of items) {
      expect(typeof item.id).toBe('string');
      expect(item.type).toBe('article-journal');
      for (const key of Object.keys(item)) expect(allowed).toContain(key);
      expect(item.issued['date-parts'][0]?.length).toBeGreaterThanOrEqual(1);
      for (const a of item.author) expect(a.family).toBeTruthy();
    }
  });
});
