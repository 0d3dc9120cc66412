import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { summarize } from '../lib/cost/estimate';
import {
  SynthFolderError,
  planFileBeside,
  planFileIn,
  planFilesIn,
  poolStackName,
  readAllocation,
  readCostReport,
  stackFile,
  stackIdentity,
  synthStackEntries,
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
  const names = new Set(['tenant-acme', 'tenant-acme-workloads', 'tenant-big-workloads', 'pool-aws-us-east-1', 'pool-aws-us-east-1-workloads', 'shared-dns']);

  it('tells tenant, workloads, pool and other stacks apart', () => {
    expect(stackIdentity('tenant-acme', names)).toEqual({ kind: 'tenant', tenantId: 'acme' });
    expect(stackIdentity('tenant-acme-workloads', names)).toEqual({ kind: 'workloads', tenantId: 'acme' });
    expect(stackIdentity('pool-aws-us-east-1', names)).toEqual({ kind: 'pool', pool: 'pool-aws-us-east-1' });
    expect(stackIdentity('pool-aws-us-east-1-workloads', names)).toEqual({ kind: 'pool-workloads', pool: 'pool-aws-us-east-1' });
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

describe('synthStackEntries', () => {
  const manifest = (stacks: Record<string, string[]>) =>
    JSON.stringify({
      version: '0.21.0',
      stacks: Object.fromEntries(
        Object.entries(stacks).map(([name, dependencies]) => [name, { name, synthesizedStackPath: `stacks/${name}/cdk.tf.json`, workingDirectory: `stacks/${name}`, dependencies }]),
      ),
    });

  it("reads each stack's folder and dependencies from cdktf's manifest", () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'manifest.json'), manifest({ 'pool-aws-us-east-1': [], 'tenant-a': ['pool-aws-us-east-1'] }));
    const entries = synthStackEntries(dir);
    expect(entries.get('tenant-a')).toEqual({
      name: 'tenant-a',
      file: path.join(dir, 'stacks/tenant-a/cdk.tf.json'),
      workingDirectory: path.join(dir, 'stacks/tenant-a'),
      dependencies: ['pool-aws-us-east-1'],
    });
    expect(entries.get('pool-aws-us-east-1')!.dependencies).toEqual([]);
  });

  it('names a missing manifest and a dependency on a stack it does not list', () => {
    const dir = scratch();
    expect(() => synthStackEntries(dir)).toThrow(new SynthFolderError(`${path.join(dir, 'manifest.json')} does not exist: the deploy order comes from cdktf's manifest; synthesize first (\`tenants synth --out ${dir}\`)`));
    fs.writeFileSync(path.join(dir, 'manifest.json'), manifest({ 'tenant-a': ['pool-x'] }));
    expect(() => synthStackEntries(dir)).toThrow(/manifest\.json: stack 'tenant-a' depends on 'pool-x', which the manifest does not list; synthesize into '.*' again$/);
  });
});

describe('plan files', () => {
  it('puts a plan beside the stack as plan.json, or as <stack>.plan.json in a folder of plans, and lists such a folder', () => {
    const dir = scratch();
    expect(planFileBeside('out', 'tenant-a')).toBe(path.join('out', 'stacks', 'tenant-a', 'plan.json'));
    expect(planFileIn(dir, 'tenant-a')).toBe(path.join(dir, 'tenant-a.plan.json'));
    for (const f of ['tenant-a.plan.json', 'pool-aws-us-east-1.plan.json', 'notes.json', '.plan.json']) fs.writeFileSync(path.join(dir, f), '{}');
    expect([...planFilesIn(dir)].sort()).toEqual([
      ['pool-aws-us-east-1', path.join(dir, 'pool-aws-us-east-1.plan.json')],
      ['tenant-a', path.join(dir, 'tenant-a.plan.json')],
    ]);
    expect(() => planFilesIn(path.join(dir, 'nope'))).toThrow(/^plans folder '.*nope' does not exist; write `terraform show -json` of each stack's plan there as <stack>\.plan\.json$/);
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
