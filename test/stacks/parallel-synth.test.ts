import * as fs from 'fs';
import * as path from 'path';
import { defaultWorkers, synthInParallel } from '../../stacks/parallel-synth';
import { LOW_FREE_BUDGET_FILES, REPO_ROOT, scratchDir } from '../util';

/** Every file under a folder, by relative path, with its text. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('synthInParallel', () => {
  it('writes exactly what one process writes: the same stacks, reports and manifest, byte for byte', async () => {
    const dir = scratchDir({});
    fs.cpSync(path.join(REPO_ROOT, 'tenants'), path.join(dir, 'tenants'), { recursive: true });
    const quiet = { stdout: () => undefined, stderr: () => undefined, progress: { write: () => undefined, isTTY: false } };
    const tenantsDir = path.join(dir, 'tenants');
    expect(await synthInParallel({ ...quiet, tenantsDir, outdir: path.join(dir, 'one'), workers: 1 })).toBe(0);
    const lines: string[] = [];
    expect(await synthInParallel({ ...quiet, tenantsDir, outdir: path.join(dir, 'two'), workers: 3, stdout: (t) => lines.push(t) })).toBe(0);
    expect(lines.join('')).toMatch(/synthesized 19 stack\(s\) into .* with 3 workers/);
    const one = tree(path.join(dir, 'one'));
    const two = tree(path.join(dir, 'two'));
    expect(Object.keys(two).sort()).toEqual(Object.keys(one).sort());
    for (const file of Object.keys(one)) expect(`${file}\n${two[file]}`).toBe(`${file}\n${one[file]}`);
    // No worker or staging folder is left behind.
    expect(fs.readdirSync(dir).sort()).toEqual(['one', 'tenants', 'two']);
    fs.rmSync(dir, { recursive: true });
  }, 240_000);

  it('fails like one process does when a worker finds a stack over its budget, writing nothing', async () => {
    const files: Record<string, string> = Object.fromEntries(Object.entries(LOW_FREE_BUDGET_FILES).map(([k, v]) => [`tenants/${k}`, v]));
    // An Azure pool of a free and a standard tenant costs the free one more than a free tier at 100 USD (docs/pools.md).
    files['tenants/fa.yaml'] = 'id: fa\ntier: free\ncloud: azure\nregion: westeurope\n';
    files['tenants/sb.yaml'] = 'id: sb\ntier: standard\ncloud: azure\nregion: westeurope\n';
    files['tenants/pc.yaml'] = 'id: pc\ntier: premium\ncloud: aws\nregion: us-east-1\n';
    const dir = scratchDir(files);
    const errors: string[] = [];
    const code = await synthInParallel({
      tenantsDir: path.join(dir, 'tenants'),
      outdir: path.join(dir, 'out'),
      workers: 2,
      stdout: () => undefined,
      stderr: (t) => errors.push(t),
      progress: { write: () => undefined, isTTY: false },
    });
    expect(code).toBe(1);
    expect(errors.join('')).toMatch(/^error: tenant 'fa' \(.*fa\.yaml, free tier, pooled\): estimated [\d.]+ USD\/month is over the budget of 100.00 USD/);
    expect(fs.readdirSync(dir)).toEqual(['tenants']);
    expect(fs.existsSync(path.join(dir, 'tenants', '_fleet.lock.json'))).toBe(false);
    fs.rmSync(dir, { recursive: true });
  }, 240_000);

  it('uses one worker per core up to four for a large fleet, none for a small one, and TENANTS_WORKERS when set', () => {
    expect(defaultWorkers(20, {})).toBe(1);
    expect(defaultWorkers(1000, {})).toBeGreaterThanOrEqual(1);
    expect(defaultWorkers(1000, {})).toBeLessThanOrEqual(4);
    expect(defaultWorkers(20, { TENANTS_WORKERS: '3' })).toBe(3);
  });
});
