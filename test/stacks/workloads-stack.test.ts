import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Testing } from 'cdktf';
import { CLOUDS, Cloud } from '../../lib/model/enums';
import { tiers } from '../../tiers';
import { synthTenants } from '../../stacks/synth';
import { TenantStack } from '../../stacks/tenant-stack';
import { workloadsStackName } from '../../lib/synth-layout';
import { WorkloadsStack } from '../../stacks/workloads-stack';
import { fakePlatformStack, synthJson, tenantFor } from '../kubernetes/helpers';

const SILOED = Object.values(tiers).filter((t) => t.isolation === 'siloed').map((t) => t.name);

type StackJson = ReturnType<typeof synthJson>;

/**
 * Synthesizes the whole app and reads one stack back: cross-stack references (outputs, remote state) are only
 * wired by the app's synth, not by `Testing.synth(stack)`.
 */
function appSynth(app: App, stackName: string): StackJson {
  app.synth();
  return JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', stackName, 'cdk.tf.json'), 'utf8'));
}

/** A workloads stack of a tenant of `tier` on `cloud`, fed by a fake platform stack. */
function workloads(tier: string, cloud: Cloud) {
  const app = Testing.app();
  const platform = fakePlatformStack(app);
  const tenant = tenantFor(tier, cloud);
  const stack = new WorkloadsStack(app, { tenant, platformStack: platform.stack, platform: platform.outputs, projectDir: app.outdir });
  return { stack, json: appSynth(app, stack.node.id) };
}

/** The premium AWS example: the real platform stack and its workloads stack. */
function awsPair() {
  const app = Testing.app();
  const tenant = tenantFor('premium');
  const platform = new TenantStack(app, { tenant, projectDir: app.outdir });
  const stack = new WorkloadsStack(app, { tenant, platformStack: platform, platform: platform.outputs, projectDir: app.outdir });
  const json = appSynth(app, stack.node.id);
  const platformJson = JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', platform.node.id, 'cdk.tf.json'), 'utf8'));
  return { platform, stack, json, platformJson };
}

/** Every resource of the stack, flattened: type -> list of bodies. */
function bodies(json: ReturnType<typeof synthJson>, type: string): Record<string, unknown>[] {
  return Object.values(json.resource[type] ?? {});
}

describe('WorkloadsStack', () => {
  it('is named tenant-<id>-workloads', () => {
    expect(workloadsStackName('acme')).toBe('tenant-acme-workloads');
  });

  it('snapshot: premium on AWS, from the real platform stack', () => {
    expect(awsPair().json).toMatchSnapshot();
  });

  it('reaches the real AWS cluster through remote state, and the platform stack gains the outputs', () => {
    const pair = awsPair();
    const { platform, stack } = pair;
    const json = pair.json as unknown as { provider: Record<string, Record<string, unknown>[]>; data: Record<string, unknown> };
    expect(Object.keys(json.data.terraform_remote_state as object)).toEqual(['cross-stack-reference-input-tenant-acme']);
    const k8s = json.provider.kubernetes[0];
    expect(k8s.host).toMatch(/^\$\{data\.terraform_remote_state\.cross-stack-reference-input-tenant-acme\.outputs\./);
    expect(k8s.cluster_ca_certificate).toMatch(/^\$\{base64decode\(data\.terraform_remote_state\./);
    // The token came from data.aws_eks_cluster_auth, stored in state; the ephemeral resource (hashicorp/aws 5.100 has
    // ephemeral aws_eks_cluster_auth) reaches the provider configuration only.
    expect(k8s.token).toBe('${ephemeral.aws_eks_cluster_auth.cluster.token}');
    expect(json.data.aws_eks_cluster_auth).toBeUndefined();
    const outputs = Object.keys(pair.platformJson.output);
    expect(outputs.filter((o) => o.startsWith('cross-stack-output-')).length).toBeGreaterThanOrEqual(3);
    expect(stack.dependencies).toContain(platform);
  });

  describe.each(SILOED.flatMap((tier) => CLOUDS.map((cloud) => [tier, cloud] as const)))('%s on %s', (tier, cloud) => {
    const { json } = workloads(tier, cloud);
    const tenant = tenantFor(tier, cloud);

    it('has the namespace, quota, limit range, service account and network policies', () => {
      for (const type of ['kubernetes_namespace_v1', 'kubernetes_resource_quota_v1', 'kubernetes_limit_range_v1', 'kubernetes_service_account_v1']) {
        expect(bodies(json, type)).toHaveLength(1);
      }
      expect(bodies(json, 'kubernetes_network_policy_v1').length).toBeGreaterThanOrEqual(4);
    });

    it('declares the cloud provider with the tenant tags and a Kubernetes provider', () => {
      const provider = (json as unknown as { provider: Record<string, unknown[]> }).provider;
      expect(Object.keys(provider).sort()).toEqual([{ aws: 'aws', azure: 'azurerm', gcp: 'google' }[cloud], 'kubernetes'].sort());
      expect(JSON.stringify(provider.kubernetes)).toContain('data.terraform_remote_state.cross-stack-reference-input-tenant-fake.outputs');
      // azurerm has no provider-level default tags: the identity carries them itself.
      const tagged = cloud === 'azure' ? bodies(json, 'azurerm_user_assigned_identity')[0] : provider[cloud === 'aws' ? 'aws' : 'google'][0];
      expect(JSON.stringify(tagged)).toContain('"tenant":"acme"');
    });

    it('binds the service account to the cloud identity', () => {
      const [sa] = bodies(json, 'kubernetes_service_account_v1') as { metadata: { annotations?: Record<string, string> } }[];
      if (cloud === 'aws') {
        expect(bodies(json, 'aws_eks_pod_identity_association')[0]).toMatchObject({ namespace: 'acme', service_account: 'workload' });
        const role = bodies(json, 'aws_iam_role')[0] as { assume_role_policy: string };
        expect(JSON.parse(role.assume_role_policy).Statement[0]).toMatchObject({
          Principal: { Service: 'pods.eks.amazonaws.com' },
          Action: ['sts:AssumeRole', 'sts:TagSession'],
        });
        const policy = JSON.parse((bodies(json, 'aws_iam_role_policy')[0] as { policy: string }).policy);
        // Least privilege: only the tenant's bucket; the one wildcard (KMS) is bound to that bucket by condition.
        for (const st of policy.Statement) {
          if (st.Resource === '*') expect(st.Condition.StringEquals['kms:EncryptionContext:aws:s3:arn']).toMatch(/:s3:::/);
          else expect(st.Resource).toMatch(/^arn:\$\{data\.aws_partition\.partition\.partition\}:s3:::/);
        }
      } else if (cloud === 'azure') {
        expect(sa.metadata.annotations).toHaveProperty(['azure.workload.identity/client-id']);
        expect(bodies(json, 'azurerm_federated_identity_credential')[0]).toMatchObject({
          subject: 'system:serviceaccount:acme:workload',
          audience: ['api://AzureADTokenExchange'],
        });
      } else {
        expect(sa.metadata.annotations).toHaveProperty(['iam.gke.io/gcp-service-account']);
        const member = bodies(json, 'google_service_account_iam_member')[0] as { role: string; member: string };
        expect(member.role).toBe('roles/iam.workloadIdentityUser');
        expect(member.member).toMatch(/^serviceAccount:\$\{data\.google_client_config\.client\.project\}\.svc\.id\.goog\[acme\/workload\]$/);
      }
    });

    it('feeds the managed Prometheus, with dashboards and alerts from premium up', () => {
      const grafana = tenant.sizing.monitoring.grafana;
      if (cloud === 'aws') {
        expect(bodies(json, 'aws_prometheus_scraper')).toHaveLength(1);
        expect(bodies(json, 'aws_prometheus_rule_group_namespace')).toHaveLength(grafana ? 1 : 0);
      } else if (cloud === 'azure') {
        expect(JSON.stringify(bodies(json, 'kubernetes_config_map_v1'))).toContain('ama-metrics-prometheus-config');
      } else {
        expect(bodies(json, 'kubernetes_manifest').map((m) => (m.manifest as { kind: string }).kind)).toContain('PodMonitoring');
      }
      const dashboards = bodies(json, 'kubernetes_config_map_v1').filter((c) => JSON.stringify(c.metadata).includes('grafana_dashboard'));
      expect(dashboards).toHaveLength(grafana ? 1 : 0);
    });

    it('locks egress down exactly when the security level asks for it', () => {
      const names = bodies(json, 'kubernetes_network_policy_v1').map((p) => (p.metadata as { name: string }).name);
      expect(names.includes('allow-dns')).toBe(tenant.sizing.security.egressLockdown);
    });
  });

  it('Azure: authenticates with kubelogin against the AKS server id, no static credential', () => {
    const { json } = workloads('premium', 'azure');
    const k8s = (json as unknown as { provider: { kubernetes: Record<string, unknown>[] } }).provider.kubernetes[0];
    expect(k8s.token).toBeUndefined();
    expect(k8s.exec).toEqual([
      {
        api_version: 'client.authentication.k8s.io/v1beta1',
        command: 'kubelogin',
        args: ['get-token', '--login', 'azurecli', '--server-id', '6dae42f8-4368-4678-94ff-3960e28e3630'],
      },
    ]);
  });

  it('GCP: authenticates with the google_client_config access token', () => {
    const { json } = workloads('premium', 'gcp');
    const k8s = (json as unknown as { provider: { kubernetes: Record<string, unknown>[] } }).provider.kubernetes[0];
    expect(k8s.token).toBe('${data.google_client_config.client.access_token}');
  });
});

describe('example tenants', () => {
  it('synthesize a namespace per tenant: in the workloads stack (siloed) or in the slice stack (pooled)', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-workloads-'));
    try {
      let out = '';
      expect(synthTenants({ outdir, stdout: (t) => (out += t) })).toBe(0);
      const ids = fs.readdirSync('tenants').filter((f) => f.endsWith('.yaml') && !f.startsWith('_')).map((f) => f.replace(/\.yaml$/, ''));
      for (const id of ids) {
        expect(fs.existsSync(path.join(outdir, 'stacks', `tenant-${id}`, 'cdk.tf.json'))).toBe(true);
        const pooled = /^tier:\s*(free|standard)\s*$/m.test(fs.readFileSync(path.join('tenants', `${id}.yaml`), 'utf8'));
        const home = pooled ? `tenant-${id}` : `tenant-${id}-workloads`;
        const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', home, 'cdk.tf.json'), 'utf8'));
        expect(Object.keys(json.resource)).toContain('kubernetes_namespace_v1');
        expect(out).toContain(home);
        expect(fs.existsSync(path.join(outdir, 'stacks', `tenant-${id}-workloads`))).toBe(!pooled);
      }
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
