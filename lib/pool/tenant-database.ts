import { Database } from '@cdktf/provider-postgresql/lib/database';
import { Grant } from '@cdktf/provider-postgresql/lib/grant';
import { Role } from '@cdktf/provider-postgresql/lib/role';
import { Construct } from 'constructs';

export interface TenantDatabaseProps {
  /** Tenant id: names the database and its owner role. */
  readonly tenantId: string;
  /**
   * Roles granted to the login role so it can sign in without a password: `rds_iam` on RDS, `azure_ad_user`
   * style roles on Azure, none on Cloud SQL (IAM users are created by Cloud SQL).
   * @default []
   */
  readonly memberOf?: readonly string[];
  /** Most concurrent connections of the tenant, so one tenant cannot starve the shared server. @default 50 */
  readonly connectionLimit?: number;
}

/**
 * A tenant's own database on a shared PostgreSQL server: a login role with no password (cloud IAM
 * authentication), a database it owns, and `PUBLIC` stripped of every privilege on it so other tenants'
 * roles cannot connect.
 */
export class TenantDatabase extends Construct {
  readonly role: Role;
  readonly database: Database;

  constructor(scope: Construct, id: string, props: TenantDatabaseProps) {
    super(scope, id);
    const name = props.tenantId.replace(/-/g, '_');
    this.role = new Role(this, 'role', {
      name,
      login: true,
      roles: [...(props.memberOf ?? [])],
      connectionLimit: props.connectionLimit ?? 50,
      createDatabase: false,
      createRole: false,
      superuser: false,
      inherit: true,
    });
    this.database = new Database(this, 'database', {
      name,
      owner: this.role.name,
      connectionLimit: props.connectionLimit ?? 50,
      allowConnections: true,
    });
    new Grant(this, 'revoke-public', {
      database: this.database.name,
      role: 'public',
      objectType: 'database',
      privileges: [],
    });
  }
}
