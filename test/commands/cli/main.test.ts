import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../../commands/cli/main';
import { CHECK_USAGE } from '../../../commands/cli/check';
import { COST_USAGE } from '../../../commands/cli/cost';
import { LIST_USAGE } from '../../../commands/cli/list';
import { RECOMMEND_USAGE } from '../../../commands/cli/recommend';
import { REVIEW_USAGE } from '../../../commands/cli/review';
import { ROLLOUT_USAGE } from '../../../commands/cli/rollout';
import { AFFECTED_USAGE } from '../../../commands/cli/affected';
import { SYNTH_USAGE } from '../../../commands/cli/synth';
import { VALIDATE_USAGE } from '../../../commands/cli/validate';
import { REPO_ROOT } from '../../util';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

const USAGES: [string, string][] = [
  ['validate', VALIDATE_USAGE],
  ['list', LIST_USAGE],
  ['synth', SYNTH_USAGE],
  ['check', CHECK_USAGE],
  ['cost', COST_USAGE],
  ['review', REVIEW_USAGE],
  ['rollout', ROLLOUT_USAGE],
  ['affected', AFFECTED_USAGE],
  ['recommend', RECOMMEND_USAGE],
];

describe('tenants CLI', () => {
  it('prints the package version with --version, -V and version, exit 0', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const arg of ['--version', '-V', 'version']) {
      const { io, out } = capture();
      expect(await main([arg], io)).toBe(0);
      expect(out.join('')).toBe(`${version}\n`);
    }
  });

  it('prints usage and exits 2 without a command', async () => {
    const { io, out } = capture();
    expect(await main([], io)).toBe(2);
    expect(out.join('')).toMatch(/^usage: tenants <command>/);
  });

  it('rejects an unknown command with exit 2', async () => {
    const { io, err } = capture();
    expect(await main(['deploy-everything'], io)).toBe(2);
    expect(err.join('')).toMatch(/^unknown command 'deploy-everything'/);
    expect(await main(['constructor'], capture().io)).toBe(2);
  });

  it('turns a malformed option into exit 2 and one line, not a stack trace', async () => {
    const { io, err } = capture();
    expect(await main(['list', '--frmat', 'json'], io)).toBe(2);
    expect(err.join('')).toBe("tenants list: unknown option '--frmat'; see tenants list --help\n");
  });

  describe.each(USAGES)('tenants %s', (command, usage) => {
    it('prints its usage to stdout and exits 0 with --help and -h', async () => {
      expect(usage).toMatch(new RegExp(`^Usage: tenants ${command} `));
      for (const flag of ['--help', '-h']) {
        const { io, out, err } = capture();
        expect(await main([command, flag], io)).toBe(0);
        expect(out.join('')).toBe(usage);
        expect(err).toEqual([]);
      }
    });

    it('exits 2 for an unknown option, naming it and the help', async () => {
      const { io, out, err } = capture();
      expect(await main([command, '--bogus'], io)).toBe(2);
      expect(err.join('')).toBe(`tenants ${command}: unknown option '--bogus'; see tenants ${command} --help\n`);
      expect(out).toEqual([]);
    });

    it('documents only the new option names', () => {
      expect(usage).not.toMatch(/--dir\b|--outdir\b/);
    });
  });

  it.each(['validate', 'list', 'synth'])('tenants %s takes no positional arguments', async (command) => {
    const { io, err } = capture();
    expect(await main([command, 'acme'], io)).toBe(2);
    expect(err.join('')).toBe(`tenants ${command}: unexpected argument 'acme': tenants ${command} takes no files; see tenants ${command} --help\n`);
  });
});
