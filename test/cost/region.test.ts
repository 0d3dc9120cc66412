import { cloudOfType, regionOf } from '../../lib/cost/region';
import { UNKNOWN, parseTerraform } from '../../lib/terraform-json';

function regionOfFirst(json: Record<string, unknown>) {
  const doc = parseTerraform(json);
  const r = doc.resources[0];
  return regionOf(r, cloudOfType(r.type)!, doc);
}

describe('regionOf', () => {
  it('takes AWS regions from the resource, else its provider (alias included)', () => {
    expect(regionOfFirst({ provider: { aws: [{ region: 'eu-west-1' }] }, resource: { aws_eip: { a: {} } } })).toBe('eu-west-1');
    expect(regionOfFirst({ provider: { aws: [{ region: 'eu-west-1' }, { alias: 'us', region: 'us-west-2' }] }, resource: { aws_eip: { a: { provider: 'aws.us' } } } })).toBe('us-west-2');
    expect(regionOfFirst({ provider: { aws: [{ region: '${var.region}' }] }, resource: { aws_eip: { a: {} } } })).toBe(UNKNOWN);
  });

  it('takes Azure regions from location, in ARM form', () => {
    expect(regionOfFirst({ resource: { azurerm_public_ip: { a: { location: 'North Europe' } } } })).toBe('northeurope');
  });

  it('takes GCP regions from region, a regional or zonal location, else the provider', () => {
    expect(regionOfFirst({ resource: { google_container_cluster: { c: { location: 'europe-west1-b' } } } })).toBe('europe-west1');
    expect(regionOfFirst({ provider: { google: [{ region: 'us-central1' }] }, resource: { google_storage_bucket: { b: { location: 'EU' } } } })).toBe('us-central1');
    expect(regionOfFirst({ provider: { google: [{ zone: 'europe-west4-a' }] }, resource: { google_kms_crypto_key: { k: {} } } })).toBe('europe-west4');
  });

  it('knows each cloud by its provider prefix', () => {
    expect(['aws_eip', 'azurerm_public_ip', 'google_compute_address', 'kubernetes_namespace'].map(cloudOfType)).toEqual(['aws', 'azure', 'gcp', undefined]);
  });
});
