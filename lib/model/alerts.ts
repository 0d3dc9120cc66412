import { z } from 'zod';

/** A Terraform variable name: where a secret receiver URL comes from at plan and apply (`TF_VAR_<name>`). */
const VARIABLE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/** An HTTPS URL without credentials in it: anything in the synthesized JSON is readable by whoever reads the repo. */
const PublicHttpsUrl = z
  .url({ protocol: /^https$/, error: 'an https:// URL' })
  .refine((url) => !new URL(url).username && !new URL(url).password, {
    message: 'carries credentials (user:password@); put a secret URL in an onCall receiver, which reads it from a Terraform variable',
  });

/**
 * Someone who hears about an alert: an e-mail address, an HTTPS webhook, or an on-call service (PagerDuty, Opsgenie,
 * ...) whose inbound URL carries a routing key and so is a secret.
 */
export const AlertReceiverSchema = z.union([
  z.strictObject({
    /** Address the alerts are mailed to (SNS, Azure action group and Cloud Monitoring e-mail confirm it first). */
    email: z.email('an e-mail address'),
  }),
  z.strictObject({
    /** HTTPS endpoint alerts are posted to; it is written in the synthesized JSON, so it must hold no secret. */
    webhook: PublicHttpsUrl,
  }),
  z.strictObject({
    onCall: z.strictObject({
      /** What it is, for names and messages, e.g. `pagerduty`. */
      name: z.string().regex(/^[a-z][a-z0-9-]{0,30}$/, 'lowercase letters, digits and hyphens, e.g. pagerduty'),
      /**
       * The sensitive Terraform variable holding the service's inbound HTTPS URL (e.g. a PagerDuty Events API v2
       * integration URL): set `TF_VAR_<urlVariable>` where Terraform runs. The URL never enters the synthesized JSON.
       */
      urlVariable: z.string().regex(VARIABLE_NAME, 'a Terraform variable name: lowercase letters, digits and underscores'),
    }),
  }),
]);
export type AlertReceiver = z.infer<typeof AlertReceiverSchema>;

/** Receivers of a tenant's alerts, or of every tenant's (`alerts` in tenants/_platform.yaml). */
export const AlertsSchema = z.strictObject({
  receivers: z.array(AlertReceiverSchema).default([]).describe('E-mail addresses, HTTPS webhooks and on-call services that get the alerts'),
});
export type Alerts = z.infer<typeof AlertsSchema>;

/** The e-mail addresses among `receivers`. */
export function emailReceivers(receivers: readonly AlertReceiver[]): string[] {
  return receivers.flatMap((r) => ('email' in r ? [r.email] : []));
}

/** The plain webhook URLs among `receivers`. */
export function webhookReceivers(receivers: readonly AlertReceiver[]): string[] {
  return receivers.flatMap((r) => ('webhook' in r ? [r.webhook] : []));
}

/** The on-call services among `receivers`: their names and the variables holding their URLs. */
export function onCallReceivers(receivers: readonly AlertReceiver[]): { readonly name: string; readonly urlVariable: string }[] {
  return receivers.flatMap((r) => ('onCall' in r ? [r.onCall] : []));
}

/** Receivers without repeats (the same address from the fleet and the tenant is told once). */
export function distinctReceivers(receivers: readonly AlertReceiver[]): AlertReceiver[] {
  const seen = new Set<string>();
  return receivers.filter((r) => {
    const key = JSON.stringify(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
