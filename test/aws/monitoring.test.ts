import { GrafanaWorkspace } from '@cdktf/provider-aws/lib/grafana-workspace';
import { resourcesOf, synthTenant } from '../util';

describe('AwsMonitoring', () => {
  const premium = synthTenant({ tier: 'premium' });

  it('keeps logs for the tier retention, raised to the security floor', () => {
    const retention = new Set(resourcesOf(premium, 'aws_cloudwatch_log_group').map((g) => g.retention_in_days));
    expect(retention).toEqual(new Set([90]));
    const enterprisePlus = synthTenant({ tier: 'enterprise-plus' });
    // enterprise-plus asks for 731 days; its military security level raises the floor to 1827.
    expect(new Set(resourcesOf(enterprisePlus, 'aws_cloudwatch_log_group').map((g) => g.retention_in_days))).toEqual(new Set([1827]));
  });

  it('encrypts every log group with the tenant key', () => {
    expect(resourcesOf(premium, 'aws_cloudwatch_log_group').every((g) => String(g.kms_key_id).includes('aws_kms_key'))).toBe(true);
  });

  it('runs managed Prometheus and Grafana from premium', () => {
    expect(resourcesOf(premium, 'aws_prometheus_workspace')).toHaveLength(1);
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(GrafanaWorkspace, {
      account_access_type: 'CURRENT_ACCOUNT',
      authentication_providers: ['AWS_SSO'],
      permission_type: 'SERVICE_MANAGED',
    });
  });

  it('alarms on database CPU and storage and on each cache node', () => {
    const names = resourcesOf(premium, 'aws_cloudwatch_metric_alarm').map((a) => a.alarm_name).sort();
    expect(names).toEqual([
      'acme-postgres-cpu',
      'acme-postgres-free-storage',
      'acme-redis-001-engine-cpu',
      'acme-redis-001-memory',
      'acme-redis-002-engine-cpu',
      'acme-redis-002-memory',
    ]);
    const storage = resourcesOf(premium, 'aws_cloudwatch_metric_alarm').find((a) => a.alarm_name === 'acme-postgres-free-storage');
    expect(storage?.threshold).toBe(Math.round(100 * 1024 ** 3 * 0.1));
  });

  it('publishes alarms to a KMS-encrypted topic', () => {
    const [topic] = resourcesOf(premium, 'aws_sns_topic');
    expect(topic.kms_master_key_id).toContain('aws_kms_key');
  });
});
