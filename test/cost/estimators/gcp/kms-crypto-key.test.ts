import { estimateOne } from '../../fixtures';

describe('google_kms_crypto_key', () => {
  it('charges 0.06 USD per software key version and 1 USD for HSM', () => {
    expect(estimateOne('gcp', 'google_kms_crypto_key', { key_ring: '${google_kms_key_ring.k.id}' }).monthlyCost).toBeCloseTo(0.06, 9);
    expect(estimateOne('gcp', 'google_kms_crypto_key', { version_template: [{ protection_level: 'HSM', algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION' }] }).monthlyCost).toBe(1);
  });
});
