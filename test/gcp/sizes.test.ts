import { GCP_CACHE_MEMORY_GB, GCP_DATABASE_TIERS, gcpNodeType } from '../../lib/gcp/sizes';
import { cloudSqlShape } from '../../lib/cost/estimators/gcp/sql-database-instance';
import { CACHE_CLASSES, DATABASE_CLASSES } from '../../lib/model/enums';
import { tiers } from '../../tiers';

describe('GCP sizes', () => {
  it.each([
    [1, 1, 'e2-small'],
    [2, 4, 'e2-medium'],
    [4, 8, 'n2-standard-4'],
    [8, 32, 'n2-standard-8'],
    [16, 64, 'n2-standard-16'],
    [3, 10, 'n2-standard-4'],
    [4, 4, 'n2-highcpu-4'],
    [8, 64, 'n2-highmem-8'],
  ])('%d vCPU / %d GiB runs on %s', (vcpu, memory, type) => {
    expect(gcpNodeType(vcpu, memory)).toBe(type);
  });

  it('gives every fixed tier a machine type', () => {
    for (const tier of Object.values(tiers)) {
      if (tier.nodes !== 'custom') expect(gcpNodeType(tier.nodes.vcpu, tier.nodes.memoryGiB)).toMatch(/^(e2|n2)-[a-z]+-?\d*$/);
    }
  });

  it('says how to fix a node too large for any type', () => {
    expect(() => gcpNodeType(512, 4096)).toThrow(/no GCP machine type has 512 vCPU \/ 4096 GiB .*lower overrides\.nodes\.vcpu/);
  });

  it('maps every database and cache class', () => {
    expect(Object.keys(GCP_DATABASE_TIERS).sort()).toEqual([...DATABASE_CLASSES].sort());
    expect(Object.keys(GCP_CACHE_MEMORY_GB).sort()).toEqual([...CACHE_CLASSES].sort());
  });

  it('uses only dedicated-core Cloud SQL shapes that Cloud SQL accepts', () => {
    for (const tier of Object.values(GCP_DATABASE_TIERS)) {
      const shape = cloudSqlShape(tier);
      expect(shape).toBeDefined();
      const { vcpu, memoryGb } = shape!;
      expect(vcpu === 1 || vcpu % 2 === 0).toBe(true);
      expect(memoryGb * 1024).toBeGreaterThanOrEqual(3840);
      expect((memoryGb * 1024) % 256).toBe(0);
      expect(memoryGb / vcpu).toBeGreaterThanOrEqual(0.9);
      expect(memoryGb / vcpu).toBeLessThanOrEqual(6.5);
    }
  });

  it('gives read-replica cache classes at least 5 GB', () => {
    expect(GCP_CACHE_MEMORY_GB['cache-medium']).toBeGreaterThanOrEqual(5);
    expect(GCP_CACHE_MEMORY_GB['cache-micro']).toBeGreaterThanOrEqual(1);
  });
});
