import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { Construct } from 'constructs';

/** Pod Security Standards levels (kubernetes.io/docs/concepts/security/pod-security-standards). */
export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

/** Label every tenant namespace carries, so policies and dashboards can select tenant namespaces. */
export const TENANT_LABEL = 'tenant-templates/tenant';

export interface TenantNamespaceProps {
  /** Namespace name. */
  readonly name: string;
  /** Tenant id, set as the TENANT_LABEL label. */
  readonly tenantId: string;
  /** Pod Security Admission level enforced: pods breaking it are rejected. */
  readonly enforce: PodSecurityLevel;
  /** Level audited and warned about, so a `baseline` namespace already sees what `restricted` would reject. @default 'restricted' */
  readonly warn?: PodSecurityLevel;
  /** Extra labels. @default {} */
  readonly labels?: Readonly<Record<string, string>>;
}

/** The tenant's namespace with Pod Security Admission labels (enforce, audit, warn; version `latest`). */
export class TenantNamespace extends Construct {
  readonly namespace: NamespaceV1;
  /** The namespace name, as a reference, so dependants wait for the namespace. */
  readonly name: string;

  constructor(scope: Construct, id: string, props: TenantNamespaceProps) {
    super(scope, id);
    const warn = props.warn ?? 'restricted';
    this.namespace = new NamespaceV1(this, 'namespace', {
      metadata: {
        name: props.name,
        labels: {
          ...props.labels,
          [TENANT_LABEL]: props.tenantId,
          'pod-security.kubernetes.io/enforce': props.enforce,
          'pod-security.kubernetes.io/enforce-version': 'latest',
          'pod-security.kubernetes.io/audit': warn,
          'pod-security.kubernetes.io/audit-version': 'latest',
          'pod-security.kubernetes.io/warn': warn,
          'pod-security.kubernetes.io/warn-version': 'latest',
        },
      },
    });
    this.name = this.namespace.metadata.name;
  }
}
