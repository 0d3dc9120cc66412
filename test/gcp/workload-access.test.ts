import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { protobufDuration } from '../../lib/gcp/workload-alerts';
import { TenantStack } from '../../stacks/tenant-stack';
import { WorkloadsStack } from '../../stacks/workloads-stack';
import { FLEET_SETTINGS, TerraformJson, resourcesOf, settingsOf, tenantOf } from '../util';

/** A GCP tenant's platform and workloads stacks, synthesized together (cross-stack references need the app's synth). */
function gcpPair(tier: string) {
  const app = Testing.app();
  const tenant = tenantOf({ tier, cloud: 'gcp', region: 'europe-west1' });
  const platform = new TenantStack(app, { tenant, settings: settingsOf(FLEET_SETTINGS), projectDir: app.outdir });
  const stack = new WorkloadsStack(app, { tenant, platformStack: platform, platform: platform.outputs, projectDir: app.outdir });
  app.synth();
  const read = (name: string): TerraformJson => JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
  return { platform: read(platform.node.id), workloads: read(stack.node.id) };
}

describe('gcpAccess', () => {
  // GMP Rules in the namespace fired into GKE's managed Alertmanager, which tells only the receivers configured for it
  // (cloud.google.com/stackdriver/docs/managed-prometheus/rules-managed), and none were: alerts reached nobody. Cloud
  // Monitoring evaluates PromQL alert policies over the managed collection's series and tells notification channels
  // (google 6.47 monitoring_alert_policy: conditions.condition_prometheus_query_language query, duration,
  // evaluation_interval "a positive multiple of 30 seconds", alert_rule, rule_group, labels; severity CRITICAL/ERROR/WARNING).
  it("evaluates the tenant alerts as Cloud Monitoring PromQL policies that tell the platform's channels", () => {
    const { platform, workloads } = gcpPair('premium');
    const policies = resourcesOf(workloads, 'google_monitoring_alert_policy');
    expect(policies.map((p) => [p.display_name, p.severity]).sort()).toEqual([
      ['acme: TenantPodCrashLooping', 'CRITICAL'],
      ['acme: TenantPodNotReady', 'WARNING'],
      ['acme: TenantQuotaNearlyUsed', 'WARNING'],
    ]);
    const quota = policies.find((p) => p.display_name === 'acme: TenantQuotaNearlyUsed')!;
    const condition = (quota.conditions as { condition_prometheus_query_language: Record<string, unknown> }[])[0].condition_prometheus_query_language;
    expect(condition).toEqual(
      expect.objectContaining({ duration: '900s', evaluation_interval: '30s', alert_rule: 'TenantQuotaNearlyUsed', rule_group: 'acme-alerts' }),
    );
    expect(condition.query).toMatch(/kube_resourcequota\{namespace="acme",type="used"\}/);

    // Each policy tells every channel of the platform (an e-mail, a webhook, an on-call URL), read from its state.
    const channels = Object.keys((platform.resource as Record<string, Record<string, unknown>>).google_monitoring_notification_channel);
    expect(channels).toHaveLength(3);
    for (const policy of policies) {
      expect(policy.notification_channels).toHaveLength(3);
      for (const channel of policy.notification_channels as string[]) expect(channel).toMatch(/^\$\{data\.terraform_remote_state\./);
    }
    // Nothing for the cluster to evaluate: no Rules resource.
    const kinds = resourcesOf(workloads, 'kubernetes_manifest').map((m) => (m.manifest as { kind: string }).kind);
    expect(kinds).toEqual(['PodMonitoring']);
  });

  it('writes Prometheus durations as protobuf durations', () => {
    expect(protobufDuration('15m')).toBe('900s');
    expect(protobufDuration('30s')).toBe('30s');
    expect(protobufDuration('1h')).toBe('3600s');
    expect(() => protobufDuration('1d')).toThrow(/not a Prometheus duration of seconds, minutes or hours/);
  });
});
