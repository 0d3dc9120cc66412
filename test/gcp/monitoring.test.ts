import { LoggingProjectBucketConfig } from '@cdktf/provider-google/lib/logging-project-bucket-config';
import { LoggingProjectExclusion } from '@cdktf/provider-google/lib/logging-project-exclusion';
import { LoggingProjectSink } from '@cdktf/provider-google/lib/logging-project-sink';
import { MonitoringAlertPolicy } from '@cdktf/provider-google/lib/monitoring-alert-policy';
import { TerraformStack, Testing } from 'cdktf';
import { GcpMonitoring } from '../../lib/gcp/monitoring';
import { GcpProjectContext } from '../../lib/gcp/project-context';
import { FLEET_SETTINGS, onlyResource, resourcesOf, synthTenant } from '../util';
import { synthGcp } from './helpers';

describe('GcpMonitoring', () => {
  const premium = synthGcp({ tier: 'premium' });
  const text = JSON.stringify(premium);

  it('keeps logs in a regional bucket for the tier retention', () => {
    expect(text).toHaveResourceWithProperties(LoggingProjectBucketConfig, {
      bucket_id: 'acme-logs',
      location: 'europe-west1',
      retention_days: 90,
    });
    expect(onlyResource(synthGcp({ tier: 'enterprise' }), 'google_logging_project_bucket_config').retention_days).toBe(365);
  });

  it('routes the project logs to it and out of the global _Default bucket', () => {
    expect(text).toHaveResourceWithProperties(LoggingProjectSink, {
      name: 'acme-logs',
      destination: expect.stringMatching(/^logging\.googleapis\.com\/projects\/\$\{data\.google_project\..*\.project_id\}\/locations\/europe-west1\/buckets\/\$\{google_logging_project_bucket_config\..*\.bucket_id\}$/),
      filter: '',
    });
    expect(text).toHaveResourceWithProperties(LoggingProjectExclusion, { filter: 'logName:"/logs/"' });
  });

  it('alerts on database CPU and disk and Redis memory', () => {
    const policies = resourcesOf(premium, 'google_monitoring_alert_policy');
    expect(policies.map((p) => p.display_name).sort()).toEqual(['acme-postgres-cpu', 'acme-postgres-disk', 'acme-redis-memory']);
    expect(text).toHaveResourceWithProperties(MonitoringAlertPolicy, {
      display_name: 'acme-postgres-cpu',
      combiner: 'OR',
      conditions: [
        expect.objectContaining({
          condition_threshold: expect.objectContaining({
            filter: expect.stringContaining('metric.type = "cloudsql.googleapis.com/database/cpu/utilization"'),
            comparison: 'COMPARISON_GT',
            threshold_value: 0.8,
            duration: '900s',
          }),
        }),
      ],
    });
    expect(text).toHaveResourceWithProperties(MonitoringAlertPolicy, {
      display_name: 'acme-redis-memory',
      conditions: [
        expect.objectContaining({
          condition_threshold: expect.objectContaining({ filter: expect.stringContaining('redis.googleapis.com/stats/memory/usage_ratio') }),
        }),
      ],
    });
  });

  it('notifies the given channels, and can leave the _Default bucket alone', () => {
    const stack = new TerraformStack(Testing.app(), 'monitoring');
    new GcpMonitoring(stack, 'monitoring', {
      name: 'acme',
      project: new GcpProjectContext(stack, 'project', { region: 'europe-west1' }),
      logRetentionDays: 30,
      excludeFromDefaultBucket: false,
      notificationChannels: ['projects/p/notificationChannels/1'],
      databaseInstanceName: 'acme-postgres',
    });
    const json = JSON.parse(Testing.synth(stack));
    expect(resourcesOf(json, 'google_logging_project_exclusion')).toHaveLength(0);
    for (const policy of resourcesOf(json, 'google_monitoring_alert_policy')) {
      expect(policy.notification_channels).toEqual(['projects/p/notificationChannels/1']);
    }
  });

  // The alert policies had no notification channel: alerts showed in the console only. One channel per receiver
  // (Cloud Monitoring channel types `email`, label email_address, and `webhook_tokenauth`, label url).
  it('gives every receiver a notification channel and notifies them all', () => {
    const json = synthTenant({ cloud: 'gcp', region: 'europe-west1', tier: 'premium', alerts: { receivers: [{ email: 'ops@acme.example' }] } }, { settings: FLEET_SETTINGS });
    const channels = resourcesOf(json, 'google_monitoring_notification_channel').map((c) => [c.type, c.labels]);
    expect(channels).toHaveLength(4);
    expect(channels).toEqual(expect.arrayContaining([
      ['email', { email_address: 'oncall@example.com' }],
      ['email', { email_address: 'ops@acme.example' }],
      ['webhook_tokenauth', { url: 'https://hooks.example.com/alerts' }],
      ['webhook_tokenauth', { url: '${var.pagerduty_url}' }],
    ]));
    for (const policy of resourcesOf(json, 'google_monitoring_alert_policy')) {
      expect(policy.notification_channels).toHaveLength(4);
    }
  });
});
