import { describe, expect, it } from 'vitest';
import { describeClaim } from '../../src/factcheck/describe-claim.js';

describe('describeClaim', () => {
  it('negates and hedges with the verb, as English and Norwegian put it', () => {
    const fda = { subject: 'mesotherapy', predicate: 'fda-approved' } as const;
    expect(describeClaim({ ...fda, polarity: 'affirm' })).toBe('mesotherapy is FDA-approved');
    expect(describeClaim({ ...fda, polarity: 'negate' })).toBe('mesotherapy is not FDA-approved');
    expect(describeClaim({ ...fda, polarity: 'uncertain' })).toBe('mesotherapy may be FDA-approved');
    expect(describeClaim({ ...fda, polarity: 'negate' }, 'nb')).toBe('mesoterapi er ikke FDA-godkjent');
    const wrinkles = {
      subject: 'mesotherapy',
      predicate: 'effective-for',
      object: 'wrinkles',
      polarity: 'negate',
    } as const;
    expect(describeClaim(wrinkles)).toBe('mesotherapy is not effective for wrinkles');
    expect(describeClaim(wrinkles, 'nb')).toBe('mesoterapi virker ikke mot rynker');
    expect(describeClaim({ subject: 'mesotherapy', predicate: 'side-effect-free', polarity: 'negate' })).toBe(
      'mesotherapy has side effects',
    );
  });

  it('attaches an approval’s indication with “for”', () => {
    expect(
      describeClaim({
        subject: 'deoxycholic-acid',
        predicate: 'fda-approved',
        object: 'submental-fat',
        polarity: 'affirm',
      }),
    ).toBe('deoxycholic acid is FDA-approved for submental fat');
  });
});
