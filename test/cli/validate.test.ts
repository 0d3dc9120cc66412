import * as fs from 'fs';
import { runList } from '../../lib/cli/list';
import { runValidate } from '../../lib/cli/validate';
import { scratchDir } from '../util';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

describe('tenants validate / list', () => {
  it('validates the example tenants', () => {
    const { io, out } = capture();
    expect(runValidate([], io)).toBe(0);
    expect(out.join('')).toMatch(/^ok: \d+ tenant file\(s\) valid in tenants\//);
  });

  it('exits 1 with the file, line and fix for a bad tenant', () => {
    const dir = scratchDir({ 'acme.yaml': 'id: acme\ntier: gold\ncloud: aws\nregion: us-east-1\n' });
    const { io, err } = capture();
    expect(runValidate(['--dir', dir], io)).toBe(1);
    expect(err.join('')).toMatch(/acme\.yaml:2\): unknown tier 'gold'; use one of: free/);
    fs.rmSync(dir, { recursive: true });
  });

  it('lists tenants as JSON', () => {
    const { io, out } = capture();
    expect(runList(['--format', 'json'], io)).toBe(0);
    const rows = JSON.parse(out.join(''));
    expect(rows.find((r: { id: string }) => r.id === 'acme')).toEqual(expect.objectContaining({ stack: 'tenant-acme', tier: 'premium', cloud: 'aws' }));
  });

  it('refuses an unknown format with exit 2', () => {
    const { io, err } = capture();
    expect(runList(['--format', 'xml'], io)).toBe(2);
    expect(err.join('')).toBe("unknown --format 'xml'; use table or json\n");
  });
});
