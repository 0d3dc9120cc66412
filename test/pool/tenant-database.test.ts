import { Database } from '@cdktf/provider-postgresql/lib/database';
import { Grant } from '@cdktf/provider-postgresql/lib/grant';
import { PostgresqlProvider } from '@cdktf/provider-postgresql/lib/provider';
import { Role } from '@cdktf/provider-postgresql/lib/role';
import { TerraformStack, Testing } from 'cdktf';
import { TenantDatabase, TenantDatabaseProps, tenantDatabaseName } from '../../lib/pool/tenant-database';
import { resourcesOf } from '../util';

function synth(props: TenantDatabaseProps) {
  const stack = new TerraformStack(Testing.app(), 'slice');
  new PostgresqlProvider(stack, 'postgresql', { host: 'db.internal', username: 'admin' });
  const database = new TenantDatabase(stack, 'database', props);
  return { database, json: Testing.synth(stack) };
}

describe('TenantDatabase with a new role (default)', () => {
  const { json } = synth({ tenantId: 'acme-eu', login: { kind: 'new-role', memberOf: ['rds_iam'] }, connectionLimit: 20 });

  it('names the role and database after the tenant, in PostgreSQL identifier form', () => {
    expect(tenantDatabaseName('acme-eu')).toBe('acme_eu');
    expect(json).toHaveResourceWithProperties(Role, { name: 'acme_eu', login: true, roles: ['rds_iam'], connection_limit: 20, create_role: false, superuser: false });
  });

  it('makes the role the owner of the database, with the same connection limit', () => {
    expect(json).toHaveResourceWithProperties(Database, { name: 'acme_eu', owner: expect.stringMatching(/^\$\{postgresql_role\.database_role_[A-Z0-9]+\.name\}$/), connection_limit: 20 });
  });

  it('strips PUBLIC of every privilege on the database, and grants nothing else', () => {
    const parsed = JSON.parse(json);
    expect(resourcesOf(parsed, 'postgresql_grant')).toEqual([
      { database: expect.stringMatching(/^\$\{postgresql_database\.database_[A-Z0-9]+\.name\}$/), role: 'public', object_type: 'database', privileges: [] },
    ]);
  });

  it('sets no password', () => {
    expect(json).not.toMatch(/"password"/);
  });
});

describe('TenantDatabase with a role the cloud created', () => {
  const { database, json } = synth({ tenantId: 'acme', login: { kind: 'existing-role', name: 'acme-workload@p.iam' } });
  const parsed = JSON.parse(json);

  it('creates no role and leaves the database to the signed-in administrator', () => {
    expect(resourcesOf(parsed, 'postgresql_role')).toEqual([]);
    expect(database.roleName).toBe('acme-workload@p.iam');
    const [db] = resourcesOf(parsed, 'postgresql_database');
    expect(db.owner).toBeUndefined();
    expect(db.connection_limit).toBe(50);
  });

  it('revokes PUBLIC, then grants the role connect/temporary/create on the database and usage/create on its public schema', () => {
    expect(json).toHaveResourceWithProperties(Grant, { role: 'public', object_type: 'database', privileges: [] });
    expect(json).toHaveResourceWithProperties(Grant, { role: 'acme-workload@p.iam', object_type: 'database', privileges: ['CONNECT', 'TEMPORARY', 'CREATE'] });
    expect(json).toHaveResourceWithProperties(Grant, {
      role: 'acme-workload@p.iam',
      object_type: 'schema',
      schema: 'public',
      privileges: ['USAGE', 'CREATE'],
    });
    expect(resourcesOf(parsed, 'postgresql_grant').map((g) => g.role).sort()).toEqual(['acme-workload@p.iam', 'acme-workload@p.iam', 'public']);
  });
});
