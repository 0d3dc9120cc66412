import { Testing } from 'cdktf';
import { TenantServiceAccount } from '../../lib/kubernetes/service-account';
import { kubeStack, synthJson } from './helpers';

describe('TenantServiceAccount', () => {
  it('defaults: named workload, no API token mounted', () => {
    const { stack } = kubeStack();
    new TenantServiceAccount(stack, 'sa', { namespace: 'acme' });
    const json = Testing.synth(stack);
    expect(json).toMatchSnapshot();
    expect(json).toHaveResourceWithProperties({ tfResourceType: 'kubernetes_service_account_v1' }, {
      metadata: { name: 'workload', namespace: 'acme' },
      automount_service_account_token: false,
    });
  });

  it('carries the identity annotations', () => {
    const { stack } = kubeStack();
    new TenantServiceAccount(stack, 'sa', {
      namespace: 'acme',
      name: 'app',
      annotations: { 'iam.gke.io/gcp-service-account': 'acme-workload@p.iam.gserviceaccount.com' },
    });
    const [sa] = Object.values(synthJson(stack).resource.kubernetes_service_account_v1);
    expect(sa.metadata).toEqual({
      name: 'app',
      namespace: 'acme',
      annotations: { 'iam.gke.io/gcp-service-account': 'acme-workload@p.iam.gserviceaccount.com' },
    });
  });
});
