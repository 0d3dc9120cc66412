import { App, TerraformStack } from 'cdktf';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { showSynthProgress } from '../../../stacks/private/progress';

function app(stacks: number) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-progress-'));
  const a = new App({ outdir });
  const list = Array.from({ length: stacks }, (_, i) => new TerraformStack(a, `s${i}`));
  return { a, list, outdir };
}

describe('showSynthProgress', () => {
  it('counts the stacks cdktf writes on a terminal, and clears the line at the end', () => {
    const { a, list, outdir } = app(3);
    const written: string[] = [];
    const clear = showSynthProgress(list, { write: (t) => written.push(t), isTTY: true }, {});
    a.synth();
    clear();
    expect(written.at(-2)).toMatch(/^\r\x1b\[Ksynthesizing: 3\/3 stacks, \d+ s$/);
    expect(written.at(-1)).toBe('\r\x1b[K');
    fs.rmSync(outdir, { recursive: true });
  });

  it('says nothing when the output is not a terminal, or in CI', () => {
    for (const [isTTY, env] of [[false, {}], [true, { CI: 'true' }]] as const) {
      const { a, list, outdir } = app(2);
      const written: string[] = [];
      showSynthProgress(list, { write: (t) => written.push(t), isTTY }, env)();
      a.synth();
      expect(written).toEqual([]);
      fs.rmSync(outdir, { recursive: true });
    }
  });
});
