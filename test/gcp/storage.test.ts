import { StorageBucket } from '@cdktf/provider-google/lib/storage-bucket';
import { StorageBucketIamMember } from '@cdktf/provider-google/lib/storage-bucket-iam-member';
import { resourcesOf } from '../util';
import { synthGcp } from './helpers';

const byName = (json: ReturnType<typeof synthGcp>, part: string) =>
  resourcesOf(json, 'google_storage_bucket').find((b) => String(b.name).includes(part))!;

describe('GcpStorage', () => {
  const premium = synthGcp({ tier: 'premium' });

  it('locks the data bucket down: uniform access, public access prevention, versioning, no force destroy', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(StorageBucket, {
      name: expect.stringMatching(/^acme-data-\$\{data\.google_project\..*\.number\}$/),
      location: 'EUROPE-WEST1',
      storage_class: 'STANDARD',
      uniform_bucket_level_access: true,
      public_access_prevention: 'enforced',
      versioning: { enabled: true },
      force_destroy: false,
    });
  });

  it('expires noncurrent versions and aborts stale multipart uploads', () => {
    expect(byName(premium, '-data-').lifecycle_rule).toEqual([
      { condition: { age: 7 }, action: { type: 'AbortIncompleteMultipartUpload' } },
      { condition: { days_since_noncurrent_time: 90 }, action: { type: 'Delete' } },
    ]);
  });

  it('encrypts both buckets with the tenant key from advanced only', () => {
    for (const part of ['-data-', '-access-logs-']) {
      expect(byName(premium, part).encryption).toEqual({ default_kms_key_name: expect.stringContaining('google_kms_crypto_key') });
    }
    expect(byName(synthGcp({ tier: 'standard' }), '-data-').encryption).toBeUndefined();
  });

  it('logs usage to a second bucket from enhanced, which Cloud Storage may write to', () => {
    expect(byName(premium, '-data-').logging).toEqual({ log_bucket: expect.stringContaining('google_storage_bucket'), log_object_prefix: 'data/' });
    expect(byName(premium, '-access-logs-').lifecycle_rule).toEqual(
      expect.arrayContaining([{ condition: { age: 90 }, action: { type: 'Delete' } }]),
    );
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(StorageBucketIamMember, {
      role: 'roles/storage.objectCreator',
      member: 'group:cloud-storage-analytics@google.com',
    });
    const free = synthGcp({ tier: 'free' });
    expect(resourcesOf(free, 'google_storage_bucket')).toHaveLength(1);
    expect(byName(free, '-data-').logging).toBeUndefined();
  });
});
