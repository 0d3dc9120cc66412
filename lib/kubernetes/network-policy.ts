import { NetworkPolicyV1, NetworkPolicyV1Spec } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { Construct } from 'constructs';
import { METRICS_PORT_NAME } from './scrape-config';

/** The label Kubernetes sets on every namespace with its own name (since 1.22). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';
/** CoreDNS / kube-dns pods, in kube-system, on EKS, AKS and GKE. */
export const KUBE_DNS_LABELS = { 'k8s-app': 'kube-dns' } as const;

/** A destination pods may reach when egress is locked down. */
export interface EgressAllow {
  /** CIDR, e.g. `169.254.170.23/32`. */
  readonly cidr: string;
  /** Port number. */
  readonly port: number;
  /** @default 'TCP' */
  readonly protocol?: 'TCP' | 'UDP';
}

export interface TenantNetworkPoliciesProps {
  /** Namespace the policies protect. */
  readonly namespace: string;
  /** Deny egress too, with explicit allows (DNS, same namespace, `egressAllows`). @default false */
  readonly egressLockdown?: boolean;
  /** Namespace of the ingress controller, allowed in. @default 'ingress-nginx' */
  readonly ingressNamespace?: string;
  /** Namespaces of in-cluster metrics collectors, allowed in. @default ['monitoring'] */
  readonly monitoringNamespaces?: readonly string[];
  /** Addresses of out-of-cluster metrics collectors (a managed scraper's ENIs), allowed in. @default [] */
  readonly monitoringCidrs?: readonly string[];
  /** Destinations allowed out when egress is locked down (identity endpoints, the database). @default [] */
  readonly egressAllows?: readonly EgressAllow[];
  /** The only port metrics collectors may reach: a container port name or number. @default METRICS_PORT_NAME */
  readonly metricsPort?: string;
}

/**
 * Default-deny NetworkPolicies for a tenant namespace: all ingress denied (and all egress, with `egressLockdown`),
 * then explicit allows for the same namespace, the ingress controller, the metrics collectors (on the metrics port
 * only) and, when egress is denied, DNS to kube-dns and the listed destinations.
 */
export class TenantNetworkPolicies extends Construct {
  readonly policies: NetworkPolicyV1[] = [];

  constructor(scope: Construct, id: string, props: TenantNetworkPoliciesProps) {
    super(scope, id);
    const lockdown = props.egressLockdown ?? false;
    const inNamespace = (name: string) => ({ namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: name } } });
    const policy = (name: string, spec: Omit<NetworkPolicyV1Spec, 'podSelector'>) =>
      this.policies.push(
        new NetworkPolicyV1(this, name, {
          metadata: { name, namespace: props.namespace },
          spec: { podSelector: {}, ...spec },
        }),
      );

    policy('default-deny', { policyTypes: lockdown ? ['Ingress', 'Egress'] : ['Ingress'] });
    policy('allow-same-namespace', {
      policyTypes: lockdown ? ['Ingress', 'Egress'] : ['Ingress'],
      ingress: [{ from: [{ podSelector: {} }] }],
      egress: lockdown ? [{ to: [{ podSelector: {} }] }] : undefined,
    });
    policy('allow-from-ingress', {
      policyTypes: ['Ingress'],
      ingress: [{ from: [inNamespace(props.ingressNamespace ?? 'ingress-nginx')] }],
    });
    const monitoringFrom = [
      ...(props.monitoringNamespaces ?? ['monitoring']).map(inNamespace),
      ...(props.monitoringCidrs ?? []).map((cidr) => ({ ipBlock: { cidr } })),
    ];
    // Collectors reach the metrics port only: an ipBlock is an address range, and on AWS pods share ranges with nodes.
    policy('allow-from-monitoring', {
      policyTypes: ['Ingress'],
      ingress: [{ from: monitoringFrom, ports: [{ port: props.metricsPort ?? METRICS_PORT_NAME, protocol: 'TCP' }] }],
    });

    // Egress allows only with the lockdown: a policy of type Egress would itself isolate egress.
    if (lockdown) {
      policy('allow-dns', {
        policyTypes: ['Egress'],
        egress: [
          {
            to: [{ ...inNamespace('kube-system'), podSelector: { matchLabels: { ...KUBE_DNS_LABELS } } }],
            ports: [
              { port: '53', protocol: 'UDP' },
              { port: '53', protocol: 'TCP' },
            ],
          },
        ],
      });
      const allows = props.egressAllows ?? [];
      if (allows.length > 0) {
        policy('allow-listed-egress', {
          policyTypes: ['Egress'],
          egress: allows.map((a) => ({
            to: [{ ipBlock: { cidr: a.cidr } }],
            ports: [{ port: `${a.port}`, protocol: a.protocol ?? 'TCP' }],
          })),
        });
      }
    }
  }
}
