import { AWS_CACHE_NODE_TYPES, AWS_DATABASE_CLASSES, awsNodeType } from '../../lib/aws/sizes';
import { CACHE_CLASSES, DATABASE_CLASSES } from '../../lib/model/enums';
import { tiers } from '../../tiers';

describe('AWS sizes', () => {
  it.each([
    [1, 1, 't3.micro'],
    [2, 4, 't3.medium'],
    [4, 8, 'c6i.xlarge'],
    [8, 32, 'm6i.2xlarge'],
    [16, 64, 'm6i.4xlarge'],
    [3, 10, 'm6i.xlarge'],
  ])('%d vCPU / %d GiB runs on %s', (vcpu, memory, type) => {
    expect(awsNodeType(vcpu, memory)).toBe(type);
  });

  it('gives every fixed tier a node type', () => {
    for (const tier of Object.values(tiers)) {
      if (tier.nodes !== 'custom') expect(awsNodeType(tier.nodes.vcpu, tier.nodes.memoryGiB)).toMatch(/^[a-z0-9]+\.[a-z0-9]+$/);
    }
  });

  it('says how to fix a node too large for any type', () => {
    expect(() => awsNodeType(512, 4096)).toThrow(/no AWS node type has 512 vCPU \/ 4096 GiB .*lower overrides\.nodes\.vcpu/);
  });

  it('maps every database and cache class', () => {
    expect(Object.keys(AWS_DATABASE_CLASSES).sort()).toEqual([...DATABASE_CLASSES].sort());
    expect(Object.keys(AWS_CACHE_NODE_TYPES).sort()).toEqual([...CACHE_CLASSES].sort());
  });
});
