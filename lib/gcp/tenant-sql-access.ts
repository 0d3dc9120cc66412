import { ProjectIamMember } from '@cdktf/provider-google/lib/project-iam-member';
import { SqlUser } from '@cdktf/provider-google/lib/sql-user';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';

/** Cloud SQL names IAM service account users by the email without this suffix. */
const SERVICE_ACCOUNT_SUFFIX = '.gserviceaccount.com';
/** Sign in to an instance's databases with IAM (cloudsql.instances.login), and connect through the connectors. */
export const CLOUD_SQL_TENANT_ROLES = ['roles/cloudsql.instanceUser', 'roles/cloudsql.client'] as const;

export interface GcpTenantSqlAccessProps {
  /** Project id of the pool's instance. */
  readonly projectId: string;
  /** The pool's Cloud SQL instance name. */
  readonly instanceName: string;
  /** The tenant's Google service account email. */
  readonly serviceAccountEmail: string;
}

/** The Cloud SQL IAM user name of a service account: its e-mail without `.gserviceaccount.com`. */
export function cloudSqlIamUserName(serviceAccountEmail: string): string {
  return Fn.trimsuffix(serviceAccountEmail, SERVICE_ACCOUNT_SUFFIX);
}

/** An IAM condition limiting a Cloud SQL role to one instance. */
export function poolInstanceCondition(projectId: string, instanceName: string): { title: string; description: string; expression: string } {
  return {
    title: 'pool-instance-only',
    description: 'Only the pool Cloud SQL instance',
    expression: `resource.type == "sqladmin.googleapis.com/Instance" && resource.name == "projects/${projectId}/instances/${instanceName}"`,
  };
}

/**
 * A tenant service account's way into the pool's Cloud SQL instance: a `CLOUD_IAM_SERVICE_ACCOUNT` database user
 * (no password), and the instance-user and client roles on the project, each under an IAM condition that limits
 * it to the pool's instance.
 */
export class GcpTenantSqlAccess extends Construct {
  readonly user: SqlUser;
  readonly members: ProjectIamMember[];

  constructor(scope: Construct, id: string, props: GcpTenantSqlAccessProps) {
    super(scope, id);
    this.user = new SqlUser(this, 'user', {
      instance: props.instanceName,
      name: cloudSqlIamUserName(props.serviceAccountEmail),
      type: 'CLOUD_IAM_SERVICE_ACCOUNT',
    });
    this.members = CLOUD_SQL_TENANT_ROLES.map(
      (role) =>
        new ProjectIamMember(this, role.replace('roles/cloudsql.', ''), {
          project: props.projectId,
          role,
          member: `serviceAccount:${props.serviceAccountEmail}`,
          condition: poolInstanceCondition(props.projectId, props.instanceName),
        }),
    );
  }
}
