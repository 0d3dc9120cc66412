import { Database } from '@cdktf/provider-postgresql/lib/database';
import { Grant } from '@cdktf/provider-postgresql/lib/grant';
import { GrantRole } from '@cdktf/provider-postgresql/lib/grant-role';
import { Role } from '@cdktf/provider-postgresql/lib/role';
import { Construct } from 'constructs';

/** The PostgreSQL port every cloud's managed server listens on. */
export const POSTGRES_PORT = 5432;
/** Most concurrent connections of one tenant, so one tenant cannot starve the shared server. */
export const TENANT_CONNECTION_LIMIT = 50;
/** What a tenant's login may do in a database it does not own: connect, use temporary tables, create schemas. */
export const TENANT_DATABASE_PRIVILEGES = ['CONNECT', 'TEMPORARY', 'CREATE'] as const;
/** What it may do in that database's `public` schema (PostgreSQL 15+ grants PUBLIC nothing there). */
export const TENANT_SCHEMA_PRIVILEGES = ['USAGE', 'CREATE'] as const;
/**
 * The role slices sign in as on a pool's server: it may create roles and databases (CREATEROLE, CREATEDB) and nothing
 * else, so a slice can neither read another tenant's data nor change the server the way its administrator could.
 */
export const TENANT_PROVISIONER_ROLE = 'tenant_provisioner';
/** Concurrent connections of the provisioner: Terraform runs a few slices in parallel. */
const PROVISIONER_CONNECTION_LIMIT = 10;

/** The login a tenant's database is for. */
export type TenantDatabaseLogin =
  /**
   * A new login role with no password, owner of the database. `memberOf` gives it a cloud's sign-in (`rds_iam` on
   * RDS); on Azure an Entra security label is added to it (`AzureEntraLogin`).
   */
  | { readonly kind: 'new-role'; readonly name?: string; readonly memberOf?: readonly string[] }
  /**
   * A role the cloud creates (a Cloud SQL IAM user). The database is owned by the administrator the PostgreSQL
   * provider signs in as, and the role gets `TENANT_DATABASE_PRIVILEGES` on it and `TENANT_SCHEMA_PRIVILEGES` on its
   * `public` schema: owning it would need membership in a role the administrator did not create, which
   * PostgreSQL 16 refuses.
   */
  | { readonly kind: 'existing-role'; readonly name: string };

export interface TenantDatabaseProps {
  /** Tenant id: names the database (and a new role), in PostgreSQL identifier form (`-` becomes `_`). */
  readonly tenantId: string;
  /** Who signs in to the database. @default - a new role named after the tenant */
  readonly login?: TenantDatabaseLogin;
  /** Most concurrent connections to the database (and of a new role). @default TENANT_CONNECTION_LIMIT */
  readonly connectionLimit?: number;
  /**
   * Refuse to destroy the database (`prevent_destroy`): one tenant's database has no point-in-time restore of its
   * own, so dropping it with the slice would lose the data at once. Offboard through the runbook in docs/pools.md
   * (export, then drop). @default true
   */
  readonly preventDestroy?: boolean;
}

/** The database (and new role) name of a tenant: its id in PostgreSQL identifier form. */
export function tenantDatabaseName(tenantId: string): string {
  return tenantId.replace(/-/g, '_');
}

/**
 * A tenant's own database on a shared PostgreSQL server, made through the PostgreSQL provider: a login role with no
 * password (cloud IAM or Entra authentication), the database, and `PUBLIC` stripped of every privilege on it, so
 * no other tenant's role can connect to it.
 */
export class TenantDatabase extends Construct {
  /** The role created here (absent for an existing role). */
  readonly role?: Role;
  /** The name of the tenant's login role (a reference when created here, so users of it wait for it). */
  readonly roleName: string;
  readonly database: Database;

  constructor(scope: Construct, id: string, props: TenantDatabaseProps) {
    super(scope, id);
    const name = tenantDatabaseName(props.tenantId);
    const login = props.login ?? { kind: 'new-role' };
    const connectionLimit = props.connectionLimit ?? TENANT_CONNECTION_LIMIT;
    if (login.kind === 'new-role') {
      this.role = new Role(this, 'role', {
        name: login.name ?? name,
        login: true,
        roles: [...(login.memberOf ?? [])],
        connectionLimit,
        createDatabase: false,
        createRole: false,
        superuser: false,
        inherit: true,
      });
      this.roleName = this.role.name;
    } else {
      this.roleName = login.name;
    }

    this.database = new Database(this, 'database', {
      name,
      // An existing role does not own it: the signed-in administrator does (DEFAULT).
      owner: this.role?.name,
      connectionLimit,
      allowConnections: true,
      lifecycle: { preventDestroy: props.preventDestroy ?? true },
    });
    new Grant(this, 'revoke-public', {
      database: this.database.name,
      role: 'public',
      objectType: 'database',
      privileges: [],
    });
    if (login.kind === 'existing-role') {
      new Grant(this, 'login-database', {
        database: this.database.name,
        role: login.name,
        objectType: 'database',
        privileges: [...TENANT_DATABASE_PRIVILEGES],
      });
      new Grant(this, 'login-schema', {
        database: this.database.name,
        schema: 'public',
        role: login.name,
        objectType: 'schema',
        privileges: [...TENANT_SCHEMA_PRIVILEGES],
      });
    }
  }
}

export interface DatabaseProvisionerProps {
  /**
   * Roles the provisioner is a member of WITH ADMIN OPTION, so it may hand them on to the tenant roles it creates,
   * e.g. `rds_iam` (which also lets the provisioner itself sign in with IAM). @default []
   */
  readonly grantableRoles?: readonly string[];
}

/**
 * The pool server's provisioner role (`TENANT_PROVISIONER_ROLE`), made by the server's administrator in the pool's
 * stack: LOGIN, CREATEROLE, CREATEDB, no password (it signs in through the cloud's IAM), and ADMIN OPTION on the
 * roles its tenant roles need, since PostgreSQL 16 lets a CREATEROLE role grant only roles it administers.
 */
export class DatabaseProvisioner extends Construct {
  readonly role: Role;

  constructor(scope: Construct, id: string, props: DatabaseProvisionerProps = {}) {
    super(scope, id);
    this.role = new Role(this, 'role', {
      name: TENANT_PROVISIONER_ROLE,
      login: true,
      createRole: true,
      createDatabase: true,
      superuser: false,
      replication: false,
      bypassRowLevelSecurity: false,
      inherit: true,
      connectionLimit: PROVISIONER_CONNECTION_LIMIT,
      // Its memberships are the grants below; the provider's docs (postgresql_grant_role) say to ignore `roles` then.
      lifecycle: { ignoreChanges: ['roles'] },
    });
    (props.grantableRoles ?? []).forEach(
      (grantRole) =>
        new GrantRole(this, `admin-of-${grantRole.replace(/_/g, '-')}`, { role: this.role.name, grantRole, withAdminOption: true }),
    );
  }
}
