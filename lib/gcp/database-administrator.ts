import { ProjectIamMember } from '@cdktf/provider-google/lib/project-iam-member';
import { SecretManagerSecret } from '@cdktf/provider-google/lib/secret-manager-secret';
import { SecretManagerSecretVersion } from '@cdktf/provider-google/lib/secret-manager-secret-version';
import { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import { ServiceAccountIamMember } from '@cdktf/provider-google/lib/service-account-iam-member';
import { SqlUser } from '@cdktf/provider-google/lib/sql-user';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import type { ITerraformDependable } from 'cdktf';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ephemeralResource } from '../cloud-kit/ephemeral';
import { CLOUD_SQL_TENANT_ROLES, cloudSqlIamUserName, poolInstanceCondition } from './tenant-sql-access';

/** Name of the built-in user; Cloud SQL makes users it creates members of `cloudsqlsuperuser`. */
export const CLOUD_SQL_ADMINISTRATOR_USER = 'tenant_admin';
/** 40 letters and digits: about 238 bits, and nothing a connection string must escape. */
const PASSWORD_LENGTH = 40;
/**
 * The write-only password's version: Terraform sends `password_wo` / `secret_data_wo` only when it changes. Rotate by
 * raising this number (a new ephemeral password is generated at every run, and sent when the version moves).
 */
export const ADMINISTRATOR_PASSWORD_VERSION = 1;
/** The OAuth scope Cloud SQL accepts for IAM database sign-in (cloud-platform is refused). */
export const CLOUD_SQL_LOGIN_SCOPE = 'https://www.googleapis.com/auth/sqlservice.login';

export interface GcpDatabaseAdministratorProps {
  /** Name prefix: the secret is `<name>-postgres-admin`, the provisioner `<name>-db-prov`. */
  readonly name: string;
  readonly projectId: string;
  /** The Cloud SQL instance. */
  readonly instanceName: string;
  /** Region the secret's only replica is kept in. */
  readonly region: string;
  /**
   * The deployer's service account, allowed to act as the provisioner (`roles/iam.serviceAccountTokenCreator`).
   * @default - nobody: grant the token creator role yourself (buildApp refuses a GCP pool without deployer.gcp)
   */
  readonly deployerServiceAccount?: string;
  /** Resources to create first (the Secret Manager API). @default [] */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * A pool server's two sign-ins:
 * - the built-in administrator (`tenant_admin`, a cloudsqlsuperuser member) for people: its password is an ephemeral
 *   `random_password` written only through write-only arguments (`password_wo`, `secret_data_wo`, Terraform 1.11+) to
 *   the Cloud SQL user and to a Secret Manager secret kept in the region, so it is in no synthesized file, plan or
 *   state: the break-glass sign-in and the one-time grant below read it from Secret Manager;
 * - the provisioner the slices sign in as: a service account registered as a Cloud SQL IAM user (no password; the
 *   deployer mints it short-lived sign-in tokens), which creates the slices' databases. Cloud SQL creates IAM users
 *   without role attributes and has no API for them: grant it CREATEDB once, as the administrator
 *   (`ALTER ROLE "<provisioner>" CREATEDB`, docs/pools.md).
 */
export class GcpDatabaseAdministrator extends Construct {
  readonly user: SqlUser;
  readonly secret: SecretManagerSecret;
  readonly secretVersion: SecretManagerSecretVersion;
  /** The provisioner's service account. */
  readonly provisioner: ServiceAccount;
  /** The provisioner's Cloud SQL IAM user: its name is the PostgreSQL user the slices sign in as. */
  readonly provisionerUser: SqlUser;

  constructor(scope: Construct, id: string, props: GcpDatabaseAdministratorProps) {
    super(scope, id);
    const stack = TerraformStack.of(this);
    if (!stack.node.tryFindChild('random')) new RandomProvider(stack, 'random');

    const password = ephemeralResource(stack, 'random_password', 'database_administrator_password', {
      length: PASSWORD_LENGTH,
      special: false,
      min_numeric: 4,
      min_upper: 4,
      min_lower: 4,
    }).attribute('result');
    this.user = new SqlUser(this, 'user', {
      instance: props.instanceName,
      name: CLOUD_SQL_ADMINISTRATOR_USER,
      type: 'BUILT_IN',
      passwordWo: password,
      passwordWoVersion: ADMINISTRATOR_PASSWORD_VERSION,
    });
    this.secret = new SecretManagerSecret(this, 'secret', {
      secretId: `${props.name}-postgres-admin`,
      replication: { userManaged: { replicas: [{ location: props.region }] } },
      deletionProtection: true,
      dependsOn: props.dependsOn,
    });
    this.secretVersion = new SecretManagerSecretVersion(this, 'secret-version', {
      secret: this.secret.id,
      secretDataWo: password,
      secretDataWoVersion: ADMINISTRATOR_PASSWORD_VERSION,
    });

    this.provisioner = new ServiceAccount(this, 'provisioner', {
      accountId: `${props.name}-db-prov`,
      displayName: `${props.name} database provisioner`,
      description: 'Creates the pool slices databases: a Cloud SQL IAM user with CREATEDB only',
      dependsOn: props.dependsOn,
    });
    this.provisionerUser = new SqlUser(this, 'provisioner-user', {
      instance: props.instanceName,
      name: cloudSqlIamUserName(this.provisioner.email),
      type: 'CLOUD_IAM_SERVICE_ACCOUNT',
    });
    CLOUD_SQL_TENANT_ROLES.forEach(
      (role) =>
        new ProjectIamMember(this, `provisioner-${role.replace('roles/cloudsql.', '')}`, {
          project: props.projectId,
          role,
          member: this.provisioner.member,
          condition: poolInstanceCondition(props.projectId, props.instanceName),
        }),
    );
    if (props.deployerServiceAccount) {
      new ServiceAccountIamMember(this, 'deployer-mints-provisioner-tokens', {
        serviceAccountId: this.provisioner.name,
        role: 'roles/iam.serviceAccountTokenCreator',
        member: `serviceAccount:${props.deployerServiceAccount}`,
      });
    }
  }
}
