import { Testing } from 'cdktf';
import { TenantNamespace } from '../../lib/kubernetes/namespace';
import { kubeStack, synthJson } from './helpers';

describe('TenantNamespace', () => {
  it('defaults', () => {
    const { stack } = kubeStack();
    new TenantNamespace(stack, 'ns', { name: 'acme', tenantId: 'acme', enforce: 'restricted' });
    expect(Testing.synth(stack)).toMatchSnapshot();
  });

  it.each(['restricted', 'baseline'] as const)('enforces %s, and audits and warns at restricted', (enforce) => {
    const { stack } = kubeStack();
    new TenantNamespace(stack, 'ns', { name: 'acme', tenantId: 'acme', enforce });
    expect(Testing.synth(stack)).toHaveResourceWithProperties({ tfResourceType: 'kubernetes_namespace_v1' }, {
      metadata: {
        name: 'acme',
        labels: expect.objectContaining({
          'tenant-templates/tenant': 'acme',
          'pod-security.kubernetes.io/enforce': enforce,
          'pod-security.kubernetes.io/enforce-version': 'latest',
          'pod-security.kubernetes.io/audit': 'restricted',
          'pod-security.kubernetes.io/warn': 'restricted',
        }),
      },
    });
  });

  it('keeps extra labels but not over the Pod Security ones', () => {
    const { stack } = kubeStack();
    new TenantNamespace(stack, 'ns', {
      name: 'acme',
      tenantId: 'acme',
      enforce: 'baseline',
      labels: { team: 'a', 'pod-security.kubernetes.io/enforce': 'privileged' },
    });
    const [ns] = Object.values(synthJson(stack).resource.kubernetes_namespace_v1);
    expect((ns.metadata as { labels: Record<string, string> }).labels).toMatchObject({
      team: 'a',
      'pod-security.kubernetes.io/enforce': 'baseline',
    });
  });
});
