import * as path from 'path';
import { Testing } from 'cdktf';
import { loadTenants } from '../../lib/model/load';
import { TenantStack } from '../../stacks/tenant-stack';
import { tiers } from '../../tiers';
import { gcpTenant, synthGcp } from '../gcp/helpers';
import { REPO_ROOT } from '../util';

describe('TenantStack on GCP', () => {
  it('configures the google provider in the tenant region with the tags as valid labels', () => {
    const json = synthGcp({ tier: 'premium', tags: { 'cost-center': 'CC-1', 'Data Owner': 'ops@acme.example' } });
    expect(json.provider!.google).toEqual([
      {
        region: 'europe-west1',
        default_labels: {
          'cost-center': 'cc-1',
          data_owner: 'ops_acme_example',
          tenant: 'acme',
          tier: 'premium',
          'managed-by': 'tenant-templates',
        },
      },
    ]);
  });

  it('outputs the GKE cluster, Cloud SQL private IP, Redis host and bucket', () => {
    const output = synthGcp({ tier: 'premium' }).output as Record<string, { value: string }>;
    expect(output.cluster_name.value).toMatch(/^\$\{google_container_cluster\..*\.name\}$/);
    expect(output.cluster_endpoint.value).toMatch(/^https:\/\/\$\{google_container_cluster\..*\.endpoint\}$/);
    expect(output.database_endpoint.value).toMatch(/^\$\{google_sql_database_instance\..*\.private_ip_address\}$/);
    expect(output.cache_endpoint.value).toMatch(/^\$\{google_redis_instance\..*\.host\}$/);
    expect(output.bucket_name.value).toMatch(/^\$\{google_storage_bucket\..*\.name\}$/);
  });

  it('contains no password or other secret value', () => {
    for (const tier of ['free', 'standard', 'premium', 'enterprise', 'enterprise-plus']) {
      const text = JSON.stringify(synthGcp({ tier }));
      expect(text).not.toMatch(/"(password|root_password|password_wo|auth_string|private_key|secret_key|access_key)"/);
      expect(text).not.toMatch(/google_service_account_key/);
    }
  });

  it.each([
    ['premium', ['gdpr', 'soc2', 'iso27001', 'hipaa']],
    ['enterprise', ['gdpr', 'soc2', 'iso27001', 'hipaa', 'pci-dss', 'sox']],
    ['enterprise-plus', ['gdpr', 'soc2', 'iso27001', 'hipaa', 'pci-dss', 'sox']],
  ] as const)('a %s tenant passes every allowed policy pack and its budget at synth', (tier, compliance) => {
    const stack = new TenantStack(Testing.app(), { tenant: gcpTenant({ tier, compliance: [...compliance] }) });
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  it('fails synth for a GDPR tenant outside the EU', () => {
    const stack = new TenantStack(Testing.app(), { tenant: gcpTenant({ tier: 'premium', region: 'us-central1', compliance: ['gdpr'] }) });
    expect(() => Testing.synth(stack, true)).toThrow(/policy gcp-data-residency: .*Fix:/);
  });

  it('synthesizes the example GCP tenant from tenants/', () => {
    const [hooli] = loadTenants({ dir: path.join(REPO_ROOT, 'tenants'), catalogue: tiers, only: ['hooli'] });
    expect(hooli.spec).toEqual(expect.objectContaining({ cloud: 'gcp', tier: 'enterprise', backend: expect.objectContaining({ type: 'gcs' }) }));
    const stack = new TenantStack(Testing.app(), { tenant: hooli });
    const json = JSON.parse(Testing.synth(stack, true));
    expect(json.terraform.backend.gcs).toEqual({ bucket: 'hooli-terraform-state', prefix: 'tenants/tenant-hooli' });
  });

  it('synthesizes a full premium GCP tenant (snapshot)', () => {
    const stack = new TenantStack(Testing.app(), {
      tenant: gcpTenant({ tier: 'premium', backend: { type: 'gcs', bucket: 'acme-state', prefix: 'tenants' } }),
    });
    expect(Testing.synth(stack)).toMatchSnapshot();
  });
});
