import { KmsCryptoKey } from '@cdktf/provider-google/lib/kms-crypto-key';
import { KmsKeyRing } from '@cdktf/provider-google/lib/kms-key-ring';
import { resourcesOf } from '../util';
import { synthGcp } from './helpers';

describe('GcpEncryption', () => {
  const premium = synthGcp({ tier: 'premium' });

  it('creates a key ring in the tenant region and a shared key rotated every 90 days (advanced)', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(KmsKeyRing, { name: 'acme', location: 'europe-west1' });
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(KmsCryptoKey, {
      name: 'acme-data',
      purpose: 'ENCRYPT_DECRYPT',
      rotation_period: '7776000s',
      destroy_scheduled_duration: '2592000s',
    });
    expect(resourcesOf(premium, 'google_kms_crypto_key')).toHaveLength(1);
  });

  it('grants the key to the GKE, Compute Engine, Cloud SQL, Memorystore and Cloud Storage service agents only', () => {
    const grants = resourcesOf(premium, 'google_kms_crypto_key_iam_member');
    expect(new Set(grants.map((g) => g.role))).toEqual(new Set(['roles/cloudkms.cryptoKeyEncrypterDecrypter']));
    const members = grants.map((g) => String(g.member));
    for (const domain of ['container-engine-robot.iam.gserviceaccount.com', 'compute-system.iam.gserviceaccount.com']) {
      expect(members).toContainEqual(expect.stringMatching(new RegExp(`^serviceAccount:service-\\$\\{data\\.google_project\\..*\\.number\\}@${domain.replace(/\./g, '\\.')}$`)));
    }
    expect(members).toContainEqual(expect.stringMatching(/^\$\{google_project_service_identity\.[^.]*database-agent[^.]*\.member\}$/));
    expect(members).toContainEqual(expect.stringMatching(/^\$\{google_project_service_identity\.[^.]*cache-agent[^.]*\.member\}$/));
    expect(members).toContainEqual(expect.stringContaining('data.google_storage_project_service_account'));
    expect(grants).toHaveLength(5);
  });

  // Blocker 8. On a fresh project the Cloud SQL and Memorystore service agents do not exist until something creates
  // them, so granting the key to service-<number>@gcp-sa-cloud-sql... failed (Cloud SQL docs, configure-cmek: create
  // the service account with `gcloud beta services identity create`). google_project_service_identity (google-beta)
  // creates them, and the grants name the identities it returns.
  it('creates the Cloud SQL and Memorystore service agents with the google-beta provider before granting them the key', () => {
    const identities = resourcesOf(premium, 'google_project_service_identity');
    expect(identities.map((i) => i.service).sort()).toEqual(['redis.googleapis.com', 'sqladmin.googleapis.com']);
    for (const identity of identities) expect(identity.provider).toBe('google-beta');
    expect(premium.provider!['google-beta']).toHaveLength(1);
    expect((premium.terraform as { required_providers: Record<string, { source: string }> }).required_providers['google-beta'].source).toBe('google-beta');
  });

  it('uses one key per service from the maximum level', () => {
    const enterprise = synthGcp({ tier: 'enterprise' });
    expect(resourcesOf(enterprise, 'google_kms_crypto_key').map((k) => k.name).sort()).toEqual([
      'acme-cache',
      'acme-cluster',
      'acme-database',
      'acme-storage',
    ]);
  });

  it('uses Google-managed keys below the advanced level', () => {
    const standard = synthGcp({ tier: 'standard' });
    expect(resourcesOf(standard, 'google_kms_key_ring')).toHaveLength(0);
    expect(resourcesOf(standard, 'google_kms_crypto_key_iam_member')).toHaveLength(0);
  });
});
