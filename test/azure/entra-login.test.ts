import { PostgresqlProvider } from '@cdktf/provider-postgresql/lib/provider';
import { TerraformStack, Testing } from 'cdktf';
import { AzureEntraLogin } from '../../lib/azure/entra-login';
import { resourcesOf } from '../util';

function labels(props: ConstructorParameters<typeof AzureEntraLogin>[2]) {
  const stack = new TerraformStack(Testing.app(), 'slice');
  new PostgresqlProvider(stack, 'postgresql', { host: 'db.internal', username: 'admin' });
  new AzureEntraLogin(stack, 'login', props);
  return resourcesOf(JSON.parse(Testing.synth(stack)), 'postgresql_security_label');
}

describe('AzureEntraLogin', () => {
  it('binds the role to a managed identity (a service principal) with the pgaadauth label', () => {
    expect(labels({ roleName: 'acme-workload', objectId: '11111111-2222-3333-4444-555555555555' })).toEqual([
      { object_type: 'role', object_name: 'acme-workload', label_provider: 'pgaadauth', label: 'aadauth,oid=11111111-2222-3333-4444-555555555555,type=service' },
    ]);
  });

  it('labels groups and users with their principal type', () => {
    expect(labels({ roleName: 'dba', objectId: 'abc', principalType: 'group' })[0].label).toBe('aadauth,oid=abc,type=group');
  });
});
