import { Testing } from 'cdktf';
import { TenantNetworkPolicies } from '../../lib/kubernetes/network-policy';
import { kubeStack, synthJson } from './helpers';

type Policy = { metadata: { name: string }; spec: Record<string, unknown> };
function policies(props: ConstructorParameters<typeof TenantNetworkPolicies>[2]): Record<string, Policy> {
  const { stack } = kubeStack();
  new TenantNetworkPolicies(stack, 'np', props);
  const all = Object.values(synthJson(stack).resource.kubernetes_network_policy_v1) as unknown as Policy[];
  return Object.fromEntries(all.map((p) => [p.metadata.name, p]));
}

describe('TenantNetworkPolicies', () => {
  it('defaults', () => {
    const { stack } = kubeStack();
    new TenantNetworkPolicies(stack, 'np', { namespace: 'acme' });
    expect(Testing.synth(stack)).toMatchSnapshot();
  });

  it('denies all ingress by default, and no egress policy exists (an Egress policy would isolate egress)', () => {
    const p = policies({ namespace: 'acme' });
    expect(Object.keys(p).sort()).toEqual(['allow-from-ingress', 'allow-from-monitoring', 'allow-same-namespace', 'default-deny']);
    expect(p['default-deny'].spec).toEqual({ pod_selector: {}, policy_types: ['Ingress'] });
  });

  // An ipBlock on AWS with the VPC CNI covers pods as well as collectors (pods take node-subnet addresses): the
  // collectors may reach the metrics port only (NetworkPolicy ports accept a named container port, Kubernetes API
  // NetworkPolicyPort).
  it('allows the same namespace, the ingress controller and the monitoring namespaces in, collectors on the metrics port only', () => {
    const p = policies({ namespace: 'acme', ingressNamespace: 'traefik', monitoringNamespaces: ['monitoring', 'gmp-system'], monitoringCidrs: ['10.0.116.0/24'] });
    expect(p['allow-same-namespace'].spec.ingress).toEqual([{ from: [{ pod_selector: {} }] }]);
    expect(p['allow-from-ingress'].spec.ingress).toEqual([
      { from: [{ namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'traefik' } } }] },
    ]);
    expect(p['allow-from-monitoring'].spec.ingress).toEqual([
      {
        from: [
          { namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'monitoring' } } },
          { namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'gmp-system' } } },
          { ip_block: { cidr: '10.0.116.0/24' } },
        ],
        ports: [{ port: 'metrics', protocol: 'TCP' }],
      },
    ]);
  });

  it('with egress lockdown: denies egress, allows DNS to kube-dns on 53 UDP/TCP, the namespace and listed destinations', () => {
    const p = policies({ namespace: 'acme', egressLockdown: true, egressAllows: [{ cidr: '169.254.170.23/32', port: 80 }] });
    expect(p['default-deny'].spec.policy_types).toEqual(['Ingress', 'Egress']);
    expect(p['allow-dns'].spec.egress).toEqual([
      {
        to: [
          {
            namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'kube-system' } },
            pod_selector: { match_labels: { 'k8s-app': 'kube-dns' } },
          },
        ],
        ports: [
          { port: '53', protocol: 'UDP' },
          { port: '53', protocol: 'TCP' },
        ],
      },
    ]);
    expect(p['allow-same-namespace'].spec.egress).toEqual([{ to: [{ pod_selector: {} }] }]);
    expect(p['allow-listed-egress'].spec.egress).toEqual([
      { to: [{ ip_block: { cidr: '169.254.170.23/32' } }], ports: [{ port: '80', protocol: 'TCP' }] },
    ]);
  });
});
