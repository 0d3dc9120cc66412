import { DataGoogleStorageProjectServiceAccount } from '@cdktf/provider-google/lib/data-google-storage-project-service-account';
import { KmsCryptoKey } from '@cdktf/provider-google/lib/kms-crypto-key';
import { KmsCryptoKeyIamMember } from '@cdktf/provider-google/lib/kms-crypto-key-iam-member';
import { KmsKeyRing } from '@cdktf/provider-google/lib/kms-key-ring';
import { GoogleProjectServiceIdentity } from '@cdktf/provider-google-beta/lib/google-project-service-identity';
import { GoogleBetaProvider } from '@cdktf/provider-google-beta/lib/provider';
import { ITerraformDependable, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import type { GcpProjectContext } from './project-context';

/** The services that encrypt with a customer-managed key. */
export type GcpEncryptedService = 'cluster' | 'database' | 'cache' | 'storage';
const SERVICES: readonly GcpEncryptedService[] = ['cluster', 'database', 'cache', 'storage'];

/** 90 days, in the seconds format Cloud KMS takes. */
export const KEY_ROTATION_PERIOD = '7776000s';
/** A destroyed key version can be restored for 30 days (the Cloud KMS default, stated), as AWS's deletion window. */
const DESTROY_SCHEDULED_DURATION = '2592000s';
const ENCRYPTER_DECRYPTER = 'roles/cloudkms.cryptoKeyEncrypterDecrypter';

/**
 * Google-managed service agents that encrypt and decrypt with the cluster's key: GKE (application-layer secrets) and
 * Compute Engine (the nodes' CMEK boot disks). They appear when their APIs are enabled.
 */
const CLUSTER_SERVICE_AGENT_DOMAINS = ['container-engine-robot.iam.gserviceaccount.com', 'compute-system.iam.gserviceaccount.com'] as const;
/**
 * Services whose agents exist only once something creates them: on a fresh project a grant to
 * `service-<number>@gcp-sa-cloud-sql...` fails because the account does not exist yet. google_project_service_identity
 * (google-beta) creates the agent and returns its e-mail (Cloud SQL docs, configure-cmek: "create a service account for
 * Cloud SQL" with `gcloud beta services identity create`; the same for Memorystore).
 */
const AGENT_SERVICES: Readonly<Record<'database' | 'cache', string>> = {
  database: 'sqladmin.googleapis.com',
  cache: 'redis.googleapis.com',
};

export interface GcpEncryptionProps {
  /** Name of the key ring and prefix of key names, e.g. the tenant id. */
  readonly name: string;
  readonly project: GcpProjectContext;
  /** Rotate keys every 90 days. @default true */
  readonly keyRotation?: boolean;
  /** One key per service instead of one shared key. @default false */
  readonly keyPerService?: boolean;
  /** Resources to create first (the Cloud KMS API). @default [] */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Customer-managed Cloud KMS keys (CMEK) for the tenant's data: GKE secrets and node boot disks, Cloud SQL,
 * Memorystore and Cloud Storage, in a key ring in the tenant's region, each key granted to exactly the service
 * agents that use it; the Cloud SQL and Memorystore agents are created first, so a fresh project needs no manual step.
 * Uses the stack's google-beta provider for them, adding one in the project's region if the stack has none.
 *
 * Key rings and keys cannot be deleted in Cloud KMS: destroying the stack schedules the key versions for
 * destruction, and re-creating a tenant with the same id in the same project needs a new key ring name.
 */
export class GcpEncryption extends Construct {
  readonly keyRing: KmsKeyRing;
  /** The Cloud SQL and Memorystore service agents, created (google-beta google_project_service_identity). */
  readonly serviceIdentities: GoogleProjectServiceIdentity[];
  private readonly keys = new Map<GcpEncryptedService, KmsCryptoKey>();
  private readonly grants = new Map<GcpEncryptedService, KmsCryptoKeyIamMember[]>();

  constructor(scope: Construct, id: string, props: GcpEncryptionProps) {
    super(scope, id);
    const keyRotation = props.keyRotation ?? true;
    this.keyRing = new KmsKeyRing(this, 'key-ring', {
      name: props.name,
      location: props.project.region,
      dependsOn: props.dependsOn,
    });
    const storageAgent = new DataGoogleStorageProjectServiceAccount(this, 'storage-agent', { dependsOn: props.dependsOn });
    // google_project_service_identity is in google-beta only: the resource must name that provider (the stack's, or
    // one made here), else Terraform gives it to hashicorp/google, which has no such resource.
    const stack = TerraformStack.of(this);
    const beta = (stack.node.tryFindChild('google-beta') as GoogleBetaProvider | undefined) ?? new GoogleBetaProvider(stack, 'google-beta', { region: props.project.region });
    const agentOf = Object.fromEntries(
      Object.entries(AGENT_SERVICES).map(([service, api]) => [
        service,
        new GoogleProjectServiceIdentity(this, `${service}-agent`, { provider: beta, project: props.project.projectId, service: api, dependsOn: props.dependsOn }),
      ]),
    ) as Record<keyof typeof AGENT_SERVICES, GoogleProjectServiceIdentity>;
    this.serviceIdentities = Object.values(agentOf);

    const groups: (GcpEncryptedService | 'shared')[] = props.keyPerService ? [...SERVICES] : ['shared'];
    for (const group of groups) {
      const key = new KmsCryptoKey(this, `${group}-key`, {
        name: `${props.name}-${group === 'shared' ? 'data' : group}`,
        keyRing: this.keyRing.id,
        purpose: 'ENCRYPT_DECRYPT',
        rotationPeriod: keyRotation ? KEY_ROTATION_PERIOD : undefined,
        destroyScheduledDuration: DESTROY_SCHEDULED_DURATION,
        versionTemplate: { algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION', protectionLevel: 'SOFTWARE' },
      });
      const served = group === 'shared' ? SERVICES : [group];
      for (const service of served) {
        this.keys.set(service, key);
        const members =
          service === 'storage'
            ? [`serviceAccount:${storageAgent.emailAddress}`]
            : service === 'cluster'
              ? CLUSTER_SERVICE_AGENT_DOMAINS.map((d) => `serviceAccount:${props.project.serviceAgent(d)}`)
              : [agentOf[service].member];
        const grants = members.map(
          (member, i) =>
            new KmsCryptoKeyIamMember(this, `${group}-key-${service}-agent-${i}`, {
              cryptoKeyId: key.id,
              role: ENCRYPTER_DECRYPTER,
              member,
            }),
        );
        this.grants.set(service, grants);
      }
    }
  }

  /** The key that encrypts `service`'s data. */
  keyFor(service: GcpEncryptedService): KmsCryptoKey {
    return this.keys.get(service)!;
  }

  /** The grants `service`'s resources must wait for: without them the service cannot use its key. */
  grantsFor(service: GcpEncryptedService): KmsCryptoKeyIamMember[] {
    return this.grants.get(service)!;
  }

  /** Every distinct key. */
  get allKeys(): KmsCryptoKey[] {
    return [...new Set(this.keys.values())];
  }
}
