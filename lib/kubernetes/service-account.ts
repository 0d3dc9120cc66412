import { ServiceAccountV1 } from '@cdktf/provider-kubernetes/lib/service-account-v1';
import { Construct } from 'constructs';

export interface TenantServiceAccountProps {
  /** Namespace of the service account. */
  readonly namespace: string;
  /** Service account name. @default 'workload' */
  readonly name?: string;
  /** Annotations binding it to the cloud identity (e.g. `iam.gke.io/gcp-service-account`). @default {} */
  readonly annotations?: Readonly<Record<string, string>>;
  /** Labels. @default {} */
  readonly labels?: Readonly<Record<string, string>>;
}

/** Default name of the tenant's workload service account. */
export const DEFAULT_SERVICE_ACCOUNT = 'workload';

/**
 * The service account the tenant's pods run as, bound to a cloud identity through annotations. It does not
 * mount a Kubernetes API token: workloads need cloud credentials (injected by the cloud's identity webhook or
 * agent), not the Kubernetes API.
 */
export class TenantServiceAccount extends Construct {
  readonly serviceAccount: ServiceAccountV1;

  constructor(scope: Construct, id: string, props: TenantServiceAccountProps) {
    super(scope, id);
    this.serviceAccount = new ServiceAccountV1(this, 'service-account', {
      metadata: {
        name: props.name ?? DEFAULT_SERVICE_ACCOUNT,
        namespace: props.namespace,
        annotations: props.annotations ? { ...props.annotations } : undefined,
        labels: props.labels ? { ...props.labels } : undefined,
      },
      automountServiceAccountToken: false,
    });
  }
}
