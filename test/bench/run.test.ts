import * as fs from 'fs';
import * as path from 'path';
import { TARGETS, renderFigures } from '../../bench/run';
import { REPO_ROOT } from '../util';

describe('npm run bench', () => {
  const results = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'bench', 'results.json'), 'utf8'));

  it('recorded a run of the full fleet against the plain cdktf baseline, with the targets of issue 12', () => {
    expect(results.fleet.tenants).toBe(1000);
    expect(results.synth.stacks).toBeGreaterThan(1100);
    expect(results.plainCdktf.elements).toBeGreaterThan(results.synth.resources);
    expect(results.cpuRatio).toBeCloseTo(results.synth.cpuSeconds / results.plainCdktf.cpuSeconds, 1);
    expect(results.targets).toEqual(TARGETS);
  });

  it('shows its latest figures in the README', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('<!-- bench:start -->') + '<!-- bench:start -->\n'.length, readme.indexOf('<!-- bench:end -->'));
    expect(section).toBe(renderFigures(results));
  });
});
