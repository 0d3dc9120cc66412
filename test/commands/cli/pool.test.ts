import * as fs from 'fs';
import * as path from 'path';
import { readSynthFolder } from '../../../commands/review/folder';
import { reviewSynths } from '../../../commands/review/review';
import { main } from '../../../commands/cli/main';
import { loadTenants } from '../../../lib/model/load';
import { synthTenants } from '../../../stacks/synth';
import { tiers } from '../../../tiers';
import { scratchDir } from '../../util';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

const free = (id: string) => `id: ${id}\ntier: free\ncloud: aws\nregion: us-east-1\n`;

describe('tenants pool', () => {
  const dir = scratchDir({ 'tenants/_platform.yaml': 'pools:\n  maxTenants: 2\n', 'tenants/ta.yaml': free('ta'), 'tenants/tb.yaml': free('tb'), 'tenants/tc.yaml': free('tc') });
  const tenantsDir = path.join(dir, 'tenants');
  const synth = (out: string) => synthTenants({ tenantsDir, outdir: path.join(dir, out), stdout: () => undefined, stderr: () => undefined });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('says to synthesize first when there is no lock file', async () => {
    const { io, err } = capture();
    expect(await main(['pool', 'list', '--tenants-dir', tenantsDir], io)).toBe(1);
    expect(err.join('')).toMatch(/^tenants pool: .*_fleet\.lock\.json does not exist yet; run `tenants synth` to place the pooled tenants first\n$/);
  });

  it('lists pools, moves a tenant between pools, and the review of the next synth shows the move', async () => {
    expect(synth('base')).toBe(0);
    const list = capture();
    expect(await main(['pool', 'list', '--tenants-dir', tenantsDir], list.io)).toBe(0);
    expect(list.out.join('')).toMatch(/pool-aws-us-east-1 +aws +us-east-1 +2 +ta, tb\npool-aws-us-east-1-2 +aws +us-east-1 +1 +tc\n/);

    const move = capture();
    expect(await main(['pool', 'move', 'tb', '--to', 'pool-aws-us-east-1-2', '--tenants-dir', tenantsDir], move.io)).toBe(0);
    expect(move.out.join('')).toContain('tb moved from pool-aws-us-east-1 to pool-aws-us-east-1-2');
    expect(synth('head')).toBe(0);
    const tenants = loadTenants({ dir: tenantsDir, catalogue: tiers });
    const report = reviewSynths(readSynthFolder(path.join(dir, 'base'), 'base'), readSynthFolder(path.join(dir, 'head'), 'head'), { tenants });
    expect(report.moves).toEqual([expect.objectContaining({ tenantId: 'tb', kind: 'pool-to-pool', fromPool: 'pool-aws-us-east-1', toPool: 'pool-aws-us-east-1-2' })]);
  });

  it('refuses a move to a full pool (exit 1) and a call without an action (exit 2), changing nothing', async () => {
    const before = fs.readFileSync(path.join(tenantsDir, '_fleet.lock.json'), 'utf8');
    const full = capture();
    expect(await main(['pool', 'move', 'ta', '--to', 'pool-aws-us-east-1-2', '--tenants-dir', tenantsDir], full.io)).toBe(1);
    expect(full.err.join('')).toMatch(/^tenants pool: pool 'pool-aws-us-east-1-2' would hold 3 tenants, more than its maximum 2;/);
    const bare = capture();
    expect(await main(['pool', '--tenants-dir', tenantsDir], bare.io)).toBe(2);
    expect(bare.err.join('')).toBe('tenants pool: give an action: list, move or drain; see tenants pool --help\n');
    expect(fs.readFileSync(path.join(tenantsDir, '_fleet.lock.json'), 'utf8')).toBe(before);
  });
});
