import { Testing } from 'cdktf';
import { tenantStackName } from '../../lib/synth-layout';
import { TenantStack } from '../../stacks/tenant-stack';
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

describe('TenantStack validations', () => {
  it.each(['premium', 'enterprise', 'enterprise-plus'])('a %s tenant passes its policy packs and budget at synth', (tier) => {
    const stack = new TenantStack(Testing.app(), { tenant: tenantOf({ tier, compliance: ['soc2'] }) });
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  it('fails synth when a suppression-free error finding exists', () => {
    const stack = new TenantStack(Testing.app(), { tenant: tenantOf({ tier: 'premium', compliance: ['gdpr'] }) });
    // us-east-1 is outside the EU and the tenant documents no transfer basis.
    expect(() => Testing.synth(stack, true)).toThrow(/policy aws-data-residency: .*Fix:/);
  });

  it('accepts a documented GDPR transfer basis', () => {
    const tenant = tenantOf({ tier: 'premium', compliance: ['gdpr'], transferBasis: 'Standard Contractual Clauses 2021/914' });
    expect(() => Testing.synth(new TenantStack(Testing.app(), { tenant }), true)).not.toThrow();
  });
});
