import { AFFECTED_USAGE, runAffected } from '../../../commands/cli/affected';
import { main } from '../../../commands/cli/main';
import { AffectedSchema, MatrixSchema } from '../../../commands/rollout/affected';
import { removeScratch, rolloutSynth } from '../rollout/fixtures';

afterAll(removeScratch);

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runAffected(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const json = (name: string) => ({ json: { resource: { aws_s3_bucket: { [name]: {} } } } });
const base = rolloutSynth({ 'pool-aws-us-east-1': json('a'), 'tenant-a': { after: ['pool-aws-us-east-1'], ...json('a') }, 'tenant-b': json('a') });
const head = rolloutSynth({ 'pool-aws-us-east-1': json('b'), 'tenant-a': { after: ['pool-aws-us-east-1'], ...json('b') }, 'tenant-b': json('a') });

describe('tenants affected', () => {
  it('prints the affected stacks in waves as JSON', () => {
    const { code, stdout } = run(['--base', base, '--head', head]);
    expect(code).toBe(0);
    expect(AffectedSchema.parse(JSON.parse(stdout)).waves).toEqual([
      { wave: 1, stacks: ['pool-aws-us-east-1'] },
      { wave: 2, stacks: ['tenant-a'] },
    ]);
  });

  it('prints a GitHub Actions matrix on one line, whole or per wave', () => {
    expect(run(['--base', base, '--head', head, '--format', 'matrix']).stdout).toBe(
      '{"include":[{"stack":"pool-aws-us-east-1","wave":1},{"stack":"tenant-a","wave":2}]}\n',
    );
    const wave2 = run(['--base', base, '--head', head, '--format', 'matrix', '--wave', '2']);
    expect(MatrixSchema.parse(JSON.parse(wave2.stdout))).toEqual({ include: [{ stack: 'tenant-a', wave: 2 }] });
    expect(run(['--base', base, '--head', head, '--format', 'matrix', '--wave', '9']).stdout).toBe('{"include":[]}\n');
  });

  it('exits 2 with one line on a usage mistake or a missing folder', () => {
    expect(run(['--head', head])).toMatchObject({ code: 2, stderr: 'tenants affected: --base <dir> is required: the folder the base branch was synthesized into; see tenants affected --help\n' });
    expect(run(['--base', base, '--head', head, '--wave', 'x', '--format', 'matrix'])).toMatchObject({ code: 2, stderr: "tenants affected: --wave 'x' is not a wave number (1, 2, ...); see tenants affected --help\n" });
    expect(run(['--base', base, '--head', head, '--wave', '1'])).toMatchObject({ code: 2, stderr: 'tenants affected: --wave selects a wave of the matrix: give it with --format matrix; see tenants affected --help\n' });
    expect(run(['--base', '/nonexistent/base', '--head', head])).toMatchObject({
      code: 2,
      stderr: "tenants affected: base folder '/nonexistent/base' does not exist; synthesize the base branch into it first (`tenants synth --out /nonexistent/base` or `cdktf synth --output /nonexistent/base`)\n",
    });
  });

  it('prints its usage with --help and is a registered tenants command', async () => {
    expect(run(['--help'])).toEqual({ code: 0, stdout: AFFECTED_USAGE, stderr: '' });
    let out = '';
    expect(await main(['affected', '--help'], { stdout: (s) => (out += s), stderr: () => undefined })).toBe(0);
    expect(out).toBe(AFFECTED_USAGE);
  });
});
