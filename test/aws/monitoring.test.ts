import { GrafanaWorkspace } from '@cdktf/provider-aws/lib/grafana-workspace';
import { parse } from 'yaml';
import { FLEET_SETTINGS, onlyResource, resourcesOf, synthTenant } from '../util';

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

  describe('with the fleet\'s alert receivers and a tenant\'s own', () => {
    const json = synthTenant({ tier: 'premium', alerts: { receivers: [{ email: 'ops@acme.example' }] } }, { settings: FLEET_SETTINGS });

    // The topic had no subscription: alarms reached nobody. One subscription per receiver (SNS: email, https).
    it('subscribes every receiver to the alarm topic, the on-call URL from a sensitive variable', () => {
      const subscriptions = resourcesOf(json, 'aws_sns_topic_subscription').map((s) => [s.protocol, s.endpoint]);
      expect(subscriptions).toEqual(expect.arrayContaining([
        ['email', 'oncall@example.com'],
        ['email', 'ops@acme.example'],
        ['https', 'https://hooks.example.com/alerts'],
        ['https', '${var.pagerduty_url}'],
      ]));
      expect(subscriptions).toHaveLength(4);
      expect(json.variable?.pagerduty_url).toEqual(expect.objectContaining({ type: 'string', sensitive: true, nullable: false }));
      expect(JSON.stringify(json)).not.toMatch(/https:\/\/events\.pagerduty/);
      expect(resourcesOf(premium, 'aws_sns_topic_subscription')).toEqual([]);
    });

    // AMP rule groups fire into the workspace's alert manager, which had no definition: the definition sends every
    // alert to the alarm topic (AMP user guide, AMP-alertmanager-config: sns_configs with topic_arn and sigv4).
    it('sends Prometheus alerts to the alarm topic through the workspace\'s alert manager', () => {
      const definition = onlyResource(json, 'aws_prometheus_alert_manager_definition');
      expect(definition.workspace_id).toMatch(/aws_prometheus_workspace\.[^.]+\.id/);
      const config = parse(parse(String(definition.definition)).alertmanager_config);
      expect(config.route.receiver).toBe('alarm-topic');
      expect(config.receivers[0].sns_configs[0]).toEqual({
        topic_arn: expect.stringMatching(/aws_sns_topic\.[^.]+\.arn/),
        sigv4: { region: expect.stringContaining('data.aws_region') },
        attributes: { source: 'prometheus' },
      });
    });

    // AMP-alertmanager-receiver-AMPpermission: the topic policy must let aps.amazonaws.com publish, and an encrypted
    // topic's key must let it use the key.
    it('lets the workspace\'s alert manager publish to the encrypted topic', () => {
      const policy = JSON.parse(String(onlyResource(json, 'aws_sns_topic_policy').policy));
      const aps = policy.Statement.find((s: { Sid: string }) => s.Sid === 'PrometheusAlertManagerPublishes');
      expect(aps.Principal).toEqual({ Service: expect.stringMatching(/^aps\./) });
      expect(aps.Condition.ArnEquals['aws:SourceArn']).toMatch(/aws_prometheus_workspace\.[^.]+\.arn/);
      const alarms = policy.Statement.find((s: { Sid: string }) => s.Sid === 'CloudWatchAlarmsPublish');
      expect(alarms.Condition.ArnLike['aws:SourceArn']).toMatch(/:cloudwatch:.*:alarm:\*$/);
      const keyPolicy = Object.values(json.data!.aws_iam_policy_document)[0] as { statement: { sid: string; principals: { identifiers: string[] }[] }[] };
      const keyStatement = keyPolicy.statement.find((s) => s.sid === 'PrometheusAlertManagerPublishesToEncryptedTopics');
      expect(keyStatement?.principals[0].identifiers[0]).toMatch(/^aps\./);
    });
  });

  // AmazonPrometheusQueryAccess and CloudWatchReadOnlyAccess read every workspace and log group of the account, a
  // pool's included. The Grafana role reads this footprint's workspace and log groups only; CloudWatch metric reads,
  // DescribeLogGroups and query results take no resource ARN (Service Authorization Reference), so they stay "*".
  it('lets Grafana read this footprint\'s workspace and log groups only', () => {
    const role = resourcesOf(premium, 'aws_iam_role').find((r) => r.name === 'acme-grafana')!;
    const attached = resourcesOf(premium, 'aws_iam_role_policy_attachment').filter((a) => String(a.role).includes('grafana'));
    expect(attached).toEqual([]);
    expect(JSON.parse(String(role.assume_role_policy)).Statement[0].Condition).toEqual({
      StringEquals: { 'aws:SourceAccount': expect.stringContaining('data.aws_caller_identity') },
      ArnLike: { 'aws:SourceArn': expect.stringMatching(/:grafana:.*:\/workspaces\/\*$/) },
    });
    const read = JSON.parse(String(resourcesOf(premium, 'aws_iam_role_policy').find((p) => p.name === 'read-this-footprint')!.policy));
    const query = read.Statement.find((s: { Sid: string }) => s.Sid === 'QueryThisWorkspace');
    expect(query.Resource).toMatch(/^\$\{aws_prometheus_workspace\.[^.]+\.arn\}$/);
    const logs = read.Statement.find((s: { Sid: string }) => s.Sid === 'ReadThisFootprintsLogs');
    expect(logs.Resource).toEqual(expect.arrayContaining([expect.stringMatching(/:log-group:\/tenant-templates\/acme\/\*$/), expect.stringMatching(/:log-group:\/aws\/eks\/acme\/\*:\*$/)]));
    const anywhere = read.Statement.filter((s: { Resource: unknown }) => s.Resource === '*').flatMap((s: { Action: string[] }) => s.Action);
    expect(anywhere.filter((a: string) => /^(aps|logs):(Query|Get(Labels|Series|LogEvents)|StartQuery|FilterLogEvents)/.test(a))).toEqual([]);
  });
});
