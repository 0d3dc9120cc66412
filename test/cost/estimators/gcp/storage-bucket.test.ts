import { estimateOne } from '../../fixtures';

describe('google_storage_bucket', () => {
  it('prices regional Standard storage from the assumption', () => {
    expect(estimateOne('gcp', 'google_storage_bucket', { location: 'US-CENTRAL1' }, { usage: { storageGb: 100 } }).monthlyCost).toBeCloseTo(2, 9);
  });

  it('prices multi-region Standard storage higher', () => {
    expect(estimateOne('gcp', 'google_storage_bucket', { location: 'EU' }, { usage: { storageGb: 100 } }).monthlyCost).toBeCloseTo(2.6, 9);
  });

  it('reports a dual-region bucket as missing from the catalogue', () => {
    expect(estimateOne('gcp', 'google_storage_bucket', { location: 'EUR4' }, { usage: { storageGb: 1 } }).status).toBe('missing-price');
  });
});
