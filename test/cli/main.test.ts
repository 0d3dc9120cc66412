import { main } from '../../lib/cli/main';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

describe('tenants CLI', () => {
  it('prints usage and exits 2 without a command', async () => {
    const { io, out } = capture();
    expect(await main([], io)).toBe(2);
    expect(out.join('')).toMatch(/^usage: tenants <command>/);
  });

  it('rejects an unknown command with exit 2', async () => {
    const { io, err } = capture();
    expect(await main(['deploy-everything'], io)).toBe(2);
    expect(err.join('')).toMatch(/^unknown command 'deploy-everything'/);
  });

  it('turns a malformed option into exit 2 and one line, not a stack trace', async () => {
    const { io, err } = capture();
    expect(await main(['list', '--frmat', 'json'], io)).toBe(2);
    expect(err.join('')).toMatch(/^tenants list: Unknown option '--frmat'/);
    expect(err.join('')).not.toMatch(/\n\s+at /);
  });
});
