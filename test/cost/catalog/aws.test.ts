import { AWS_CACHE_NODE_TYPES, AWS_DATABASE_CLASSES, AWS_NODE_TYPES } from '../../../lib/aws/sizes';
import { PRICE_CATALOGS } from '../../../lib/cost/catalog';

/** Regions whose prices the catalogue must carry in full. */
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'];

describe('AWS price catalogue', () => {
  const regions = PRICE_CATALOGS.aws.regions;

  it.each(REGIONS)('prices every node, database and cache type the library generates in %s', (region) => {
    const missing = [
      ...AWS_NODE_TYPES.map((t) => t.name).filter((t) => regions[region]?.ec2[t] === undefined),
      ...Object.values(AWS_DATABASE_CLASSES).filter((c) => regions[region]?.['rds-postgres'][c] === undefined),
      ...Object.values(AWS_CACHE_NODE_TYPES).filter((c) => regions[region]?.['elasticache-redis'][c] === undefined),
      // Named in issue 6 though no size maps to them today.
      ...(regions[region]?.['rds-postgres']['db.t4g.medium'] === undefined ? ['db.t4g.medium'] : []),
      ...(regions[region]?.['elasticache-redis']['cache.t4g.medium'] === undefined ? ['cache.t4g.medium'] : []),
    ];
    expect(missing).toEqual([]);
  });

  it('carries the EKS fee and the us-east-1 list prices the tests rely on', () => {
    expect(regions['us-east-1']['eks-cluster'].standard).toBe(0.1);
    expect(regions['us-east-1'].ec2['m6i.xlarge']).toBe(0.192);
    expect(regions['us-west-2']).toEqual(regions['us-east-1']);
  });
});
