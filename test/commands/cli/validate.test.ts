import * as fs from 'fs';
import { runList } from '../../../commands/cli/list';
import { runValidate } from '../../../commands/cli/validate';
import { scratchDir } from '../../util';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

describe('tenants validate / list', () => {
  it('validates the example tenants', () => {
    const { io, out } = capture();
    expect(runValidate([], io)).toBe(0);
    expect(out.join('')).toMatch(/^ok: 9 tenant\(s\) valid in tenants\/; 19 stack\(s\) pass their policy and budget checks\n$/);
  });

  it.each(['--tenants-dir', '--dir'])('exits 1 with the file, line and fix for a bad tenant (%s)', (flag) => {
    const dir = scratchDir({ 'acme.yaml': 'id: acme\ntier: gold\ncloud: aws\nregion: us-east-1\n' });
    const { io, err } = capture();
    expect(runValidate([flag, dir], io)).toBe(1);
    expect(err.join('')).toMatch(/acme\.yaml:2\): unknown tier 'gold'; use one of: free/);
    fs.rmSync(dir, { recursive: true });
  });

  it('validates only the --tenant files asked for', () => {
    const dir = scratchDir({ 'acme.yaml': 'id: acme\ntier: premium\ncloud: aws\nregion: us-east-1\n', 'bad.yaml': 'id: bad\ntier: gold\ncloud: aws\nregion: us-east-1\n' });
    const { io, out } = capture();
    expect(runValidate(['--tenants-dir', dir, '--tenant', 'acme'], io)).toBe(0);
    expect(out.join('')).toBe(`ok: 1 tenant(s) valid in ${dir}/; 2 stack(s) pass their policy and budget checks\n`);
    expect(runValidate(['--tenants-dir', dir], capture().io)).toBe(1);
    fs.rmSync(dir, { recursive: true });
  });

  it('checks every tenant of the pool of a selected pooled tenant, as synth does (the pool is sized from them all)', () => {
    const dir = scratchDir({ 'acme.yaml': 'id: acme\ntier: free\ncloud: aws\nregion: us-east-1\n', 'bad.yaml': 'id: bad\ntier: gold\ncloud: aws\nregion: us-east-1\n' });
    const { io, err } = capture();
    expect(runValidate(['--tenants-dir', dir, '--tenant', 'acme'], io)).toBe(1);
    expect(err.join('')).toBe(`error: tenant 'bad' (${dir}/bad.yaml:2): unknown tier 'gold'; use one of: free, standard, premium, enterprise, enterprise-plus, white-label\n`);
    fs.rmSync(dir, { recursive: true });
  });

  it('lists tenants as JSON', () => {
    const { io, out } = capture();
    expect(runList(['--format', 'json'], io)).toBe(0);
    const rows = JSON.parse(out.join(''));
    expect(rows.find((r: { id: string }) => r.id === 'acme')).toEqual(expect.objectContaining({ stack: 'tenant-acme', tier: 'premium', cloud: 'aws' }));
  });

  it('lists only the --tenant ids asked for', () => {
    const { io, out } = capture();
    expect(runList(['--format=json', '--tenant', 'acme'], io)).toBe(0);
    expect(JSON.parse(out.join('')).map((r: { id: string }) => r.id)).toEqual(['acme']);
  });

  it('refuses an unknown format with exit 2', () => {
    const { io, err } = capture();
    expect(runList(['--format', 'xml'], io)).toBe(2);
    expect(err.join('')).toBe("tenants list: --format 'xml' is not one of: table, json\n");
  });
});
