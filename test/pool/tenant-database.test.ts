import { PostgresqlProvider } from '@cdktf/provider-postgresql/lib/provider';
import { Role } from '@cdktf/provider-postgresql/lib/role';
import { TerraformStack, Testing } from 'cdktf';
import { TenantDatabase } from '../../lib/pool/tenant-database';

describe('TenantDatabase', () => {
  const stack = new TerraformStack(Testing.app(), 'slice');
  new PostgresqlProvider(stack, 'postgresql', { host: 'db.internal', username: 'admin' });
  new TenantDatabase(stack, 'database', { tenantId: 'acme-eu', memberOf: ['rds_iam'], connectionLimit: 20 });
  const json = Testing.synth(stack);

  it('names the role and database after the tenant, in PostgreSQL identifier form', () => {
    expect(json).toHaveResourceWithProperties(Role, { name: 'acme_eu', login: true, roles: ['rds_iam'], connection_limit: 20, create_role: false });
  });

  it('sets no password', () => {
    expect(json).not.toMatch(/"password"/);
  });
});
