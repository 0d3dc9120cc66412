import { DataGoogleStorageProjectServiceAccount } from '@cdktf/provider-google/lib/data-google-storage-project-service-account';
import { KmsCryptoKey } from '@cdktf/provider-google/lib/kms-crypto-key';
import { KmsCryptoKeyIamMember } from '@cdktf/provider-google/lib/kms-crypto-key-iam-member';
import { KmsKeyRing } from '@cdktf/provider-google/lib/kms-key-ring';
import type { ITerraformDependable } from 'cdktf';
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
 * Google-managed service agents that encrypt and decrypt with a service's key. The GKE and Compute Engine agents
 * appear when their APIs are enabled; the Cloud Storage agent is created by reading it (data source); the Cloud SQL
 * and Memorystore agents must exist before the grant (see docs/gcp.md: the GA provider has no
 * google_project_service_identity).
 */
const SERVICE_AGENT_DOMAINS: Readonly<Record<Exclude<GcpEncryptedService, 'storage'>, readonly string[]>> = {
  // GKE application-layer secrets encryption, and Compute Engine for the nodes' CMEK boot disks.
  cluster: ['container-engine-robot.iam.gserviceaccount.com', 'compute-system.iam.gserviceaccount.com'],
  database: ['gcp-sa-cloud-sql.iam.gserviceaccount.com'],
  cache: ['cloud-redis.iam.gserviceaccount.com'],
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
 * agents that use it.
 *
 * Key rings and keys cannot be deleted in Cloud KMS: destroying the stack schedules the key versions for
 * destruction, and re-creating a tenant with the same id in the same project needs a new key ring name.
 */
export class GcpEncryption extends Construct {
  readonly keyRing: KmsKeyRing;
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
        const agents =
          service === 'storage' ? [storageAgent.emailAddress] : SERVICE_AGENT_DOMAINS[service].map((d) => props.project.serviceAgent(d));
        const grants = agents.map(
          (agent, i) =>
            new KmsCryptoKeyIamMember(this, `${group}-key-${service}-agent-${i}`, {
              cryptoKeyId: key.id,
              role: ENCRYPTER_DECRYPTER,
              member: `serviceAccount:${agent}`,
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
