import { gkeZones } from '../../../../lib/cost/estimators/gcp/nodes';
import type { TerraformResource } from '../../../../lib/terraform-json';

const r = (values: Record<string, unknown>): TerraformResource => ({ address: 'x.y', type: 'x', name: 'y', mode: 'managed', module: '', values, provider: 'google', count: 1 });

describe('gkeZones', () => {
  it('counts node_locations, else 3 for a region and 1 for a zone', () => {
    expect(gkeZones(r({ node_locations: ['a', 'b'] }), undefined)).toBe(2);
    expect(gkeZones(undefined, r({ location: 'europe-west1' }))).toBe(3);
    expect(gkeZones(undefined, r({ location: 'europe-west1-b' }))).toBe(1);
    expect(gkeZones(undefined, r({ location: '${var.l}' }))).toBeUndefined();
  });
});
