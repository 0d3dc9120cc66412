import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { summarize } from '../lib/cost/estimate';
import {
  SynthFolderError,
  poolStackName,
  readAllocation,
  readCostReport,
  stackFile,
  stackIdentity,
  synthStackFiles,
  tenantStackName,
  workloadsStackName,
  writeAllocation,
  writeCostReport,
} from '../lib/synth-layout';

const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'tt-layout-'));

describe('stack names', () => {
  it('names tenant, workloads and pool stacks', () => {
    expect(tenantStackName('acme')).toBe('tenant-acme');
    expect(workloadsStackName('acme')).toBe('tenant-acme-workloads');
    expect(poolStackName('aws', 'us-east-1')).toBe('pool-aws-us-east-1');
    expect(stackFile('cdktf.out', 'tenant-acme')).toBe(path.join('cdktf.out', 'stacks', 'tenant-acme', 'cdk.tf.json'));
  });
});

describe('stackIdentity', () => {
  const names = new Set(['tenant-acme', 'tenant-acme-workloads', 'tenant-big-workloads', 'pool-aws-us-east-1', 'shared-dns']);

  it('tells tenant, workloads, pool and other stacks apart', () => {
    expect(stackIdentity('tenant-acme', names)).toEqual({ kind: 'tenant', tenantId: 'acme' });
    expect(stackIdentity('tenant-acme-workloads', names)).toEqual({ kind: 'workloads', tenantId: 'acme' });
    expect(stackIdentity('pool-aws-us-east-1', names)).toEqual({ kind: 'pool' });
    expect(stackIdentity('shared-dns', names)).toEqual({ kind: 'other' });
  });

  it('reads tenant-x-workloads as tenant x-workloads when there is no tenant-x stack', () => {
    expect(stackIdentity('tenant-big-workloads', names)).toEqual({ kind: 'tenant', tenantId: 'big-workloads' });
  });
});

describe('synthStackFiles', () => {
  it('lists stacks/*/cdk.tf.json without a manifest, and names a broken manifest', () => {
    const dir = scratch();
    fs.mkdirSync(path.join(dir, 'stacks', 'tenant-a'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'stacks', 'tenant-a', 'cdk.tf.json'), '{}');
    expect([...synthStackFiles(dir)]).toEqual([['tenant-a', path.join(dir, 'stacks', 'tenant-a', 'cdk.tf.json')]]);
    fs.writeFileSync(path.join(dir, 'manifest.json'), '{ nope');
    expect(() => synthStackFiles(dir, 'base')).toThrow(SynthFolderError);
    expect(() => synthStackFiles(dir, 'base')).toThrow(/manifest.json: not valid JSON \(.*\); synthesize the base again/);
  });
});

describe('cost and allocation files', () => {
  it('writes cost.json and cost.md next to the stack, and reads cost.json back', () => {
    const dir = path.join(scratch(), 'stacks', 'tenant-acme');
    const report = summarize('acme', []);
    const written = writeCostReport(dir, report);
    expect(written.map((f) => path.basename(f))).toEqual(['cost.json', 'cost.md']);
    expect(fs.readFileSync(path.join(dir, 'cost.md'), 'utf8')).toContain('## acme');
    expect(readCostReport(dir)).toMatchObject({ name: 'acme', monthlyCost: 0 });
    expect(readCostReport(path.join(dir, '..', 'tenant-none'))).toBeUndefined();
  });

  it('writes a pool allocation and reads it back; a corrupt one names the file and the fix', () => {
    const out = scratch();
    const allocation = {
      pool: 'pool-aws-us-east-1',
      currency: 'USD' as const,
      monthlyCost: 100,
      tenants: [{ tenantId: 'a', share: 0.5, monthlyCost: 50 }],
      unallocated: { share: 0.5, monthlyCost: 50 },
    };
    writeAllocation(path.join(out, 'stacks', 'pool-aws-us-east-1'), allocation);
    expect(readAllocation(out, 'pool-aws-us-east-1')).toEqual(allocation);
    expect(readAllocation(out, 'pool-none')).toBeUndefined();
    fs.writeFileSync(path.join(out, 'stacks', 'pool-aws-us-east-1', 'allocation.json'), '{"pool": 1}');
    expect(() => readAllocation(out, 'pool-aws-us-east-1')).toThrow(/allocation.json: not a pool cost allocation \(pool: .*\); synthesize again/);
  });
});
