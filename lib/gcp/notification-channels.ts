import { MonitoringNotificationChannel } from '@cdktf/provider-google/lib/monitoring-notification-channel';
import type { ITerraformDependable } from 'cdktf';
import type { Construct } from 'constructs';
import { receiverUrl } from '../cloud-kit/receivers';
import { AlertReceiver, emailReceivers, onCallReceivers, webhookReceivers } from '../model/alerts';

/**
 * A Cloud Monitoring notification channel per receiver, in `scope`: channel type `email` (label `email_address`) for
 * an e-mail address, `webhook_tokenauth` (label `url`) for a webhook or an on-call service's URL, the latter read
 * from its sensitive variable. Alert policies without channels show in the console only.
 * @param name what the channels' display names start with (the platform's or the tenant's name).
 */
export function gcpNotificationChannels(
  scope: Construct,
  name: string,
  receivers: readonly AlertReceiver[],
  dependsOn?: ITerraformDependable[],
): MonitoringNotificationChannel[] {
  const channel = (channelId: string, displayName: string, type: string, labels: Record<string, string>) =>
    new MonitoringNotificationChannel(scope, channelId, { displayName, type, labels, enabled: true, dependsOn });
  return [
    ...emailReceivers(receivers).map((email, i) => channel(`email-${i}`, `${name} alerts: ${email}`, 'email', { email_address: email })),
    ...webhookReceivers(receivers).map((url, i) => channel(`webhook-${i}`, `${name} alerts: webhook ${i + 1}`, 'webhook_tokenauth', { url })),
    ...onCallReceivers(receivers).map((onCall) =>
      channel(`on-call-${onCall.name}`, `${name} alerts: ${onCall.name}`, 'webhook_tokenauth', { url: receiverUrl(scope, onCall.urlVariable) }),
    ),
  ];
}
