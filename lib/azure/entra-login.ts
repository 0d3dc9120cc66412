import { SecurityLabel } from '@cdktf/provider-postgresql/lib/security-label';
import { Construct } from 'constructs';

/** The label provider of Flexible Server's Entra ID authentication extension. */
export const ENTRA_LABEL_PROVIDER = 'pgaadauth';

/** Kinds of Entra principal a role can stand for, as `pgaadauth` spells them. */
export type EntraPrincipalType = 'service' | 'user' | 'group';

export interface AzureEntraLoginProps {
  /** The PostgreSQL role (created without a password) that the principal signs in as. */
  readonly roleName: string;
  /** The principal's Entra object id (a managed identity's principal id). */
  readonly objectId: string;
  /** What the principal is: `service` for managed identities and service principals. @default 'service' */
  readonly principalType?: EntraPrincipalType;
}

/**
 * Lets an Entra principal sign in to Azure Database for PostgreSQL Flexible Server as a role: the `pgaadauth`
 * security label binding the role to the principal's object id, which is what `pgaadauth_create_principal_with_oid`
 * writes. The principal connects with the role's name as user name and an Entra access token as password.
 */
export class AzureEntraLogin extends Construct {
  readonly label: SecurityLabel;

  constructor(scope: Construct, id: string, props: AzureEntraLoginProps) {
    super(scope, id);
    this.label = new SecurityLabel(this, 'label', {
      objectType: 'role',
      objectName: props.roleName,
      labelProvider: ENTRA_LABEL_PROVIDER,
      label: `aadauth,oid=${props.objectId},type=${props.principalType ?? 'service'}`,
    });
  }
}
