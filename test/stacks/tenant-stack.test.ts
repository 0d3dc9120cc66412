import { Testing } from 'cdktf';
import { TenantStack, tenantStackName } from '../../stacks/tenant-stack';
import { synthTenant, tenantOf } from '../util';

describe('TenantStack', () => {
  it('is named tenant-<id>', () => {
    expect(tenantStackName('acme')).toBe('tenant-acme');
    const stack = new TenantStack(Testing.app(), { tenant: tenantOf({ tier: 'premium' }) });
    expect(stack.node.id).toBe('tenant-acme');
  });

  it('tags every resource with tenant, tier and managed-by through provider default tags', () => {
    const json = synthTenant({ tier: 'premium', tags: { 'cost-center': 'cc-1' } });
    expect(json.provider!.aws).toEqual([
      expect.objectContaining({
        region: 'us-east-1',
        default_tags: [{ tags: { 'cost-center': 'cc-1', tenant: 'acme', tier: 'premium', 'managed-by': 'tenant-templates' } }],
      }),
    ]);
  });

  it('outputs the cluster, database, cache and bucket', () => {
    expect(Object.keys(synthTenant({ tier: 'premium' }).output!).sort()).toEqual([
      'bucket_name',
      'cache_endpoint',
      'cluster_endpoint',
      'cluster_name',
      'database_endpoint',
    ]);
  });

  it('contains no secret values', () => {
    const text = JSON.stringify(synthTenant({ tier: 'enterprise-plus' }));
    expect(text).not.toMatch(/"(password|auth_token|secret_key|access_key)"/);
  });

  it('synthesizes a full premium tenant (snapshot)', () => {
    const stack = new TenantStack(Testing.app(), { tenant: tenantOf({ tier: 'premium', backend: { type: 's3', bucket: 'state', region: 'us-east-1' } }) });
    expect(Testing.synth(stack)).toMatchSnapshot();
  });
});
