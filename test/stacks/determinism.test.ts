import * as fs from 'fs';
import * as path from 'path';
import { stackIdentity, synthStackFiles } from '../../lib/synth-layout';
import { synthTenants } from '../../stacks/synth';
import { REPO_ROOT, scratchDir } from '../util';

/** Every file of every stack folder of a synth output, by `<stack>/<file>`. */
function stackFiles(outdir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const stack of fs.readdirSync(path.join(outdir, 'stacks'))) {
    for (const file of fs.readdirSync(path.join(outdir, 'stacks', stack))) {
      files.set(`${stack}/${file}`, fs.readFileSync(path.join(outdir, 'stacks', stack, file), 'utf8'));
    }
  }
  return files;
}

// A stack's output depends only on its own inputs (and its pool's): adding tenants elsewhere in the fleet, which
// changes how many tokens the app makes and the order stacks are built in, leaves every other siloed tenant's stacks
// byte-identical. (Token placeholders folded into YAML by line length once broke this for the alert rules.)
describe('deterministic output', () => {
  it('adding unrelated tenants leaves every other siloed tenant’s stacks byte-identical', () => {
    // Examples on every cloud (contoso's alert rules were the known case), and a pooled one.
    const examples = Object.fromEntries(
      ['acme', 'contoso', 'hooli', 'initech', 'aviato'].map((id) => [`tenants/${id}.yaml`, fs.readFileSync(path.join(REPO_ROOT, 'tenants', `${id}.yaml`), 'utf8')]),
    );
    const settings = { 'tenants/_platform.yaml': fs.readFileSync(path.join(REPO_ROOT, 'tenants', '_platform.yaml'), 'utf8') };
    const dir = scratchDir({ ...examples, ...settings });
    const quiet = { stdout: () => undefined, stderr: () => undefined };
    const before = path.join(dir, 'before');
    const after = path.join(dir, 'after');
    expect(synthTenants({ tenantsDir: path.join(dir, 'tenants'), outdir: before, ...quiet })).toBe(0);
    // Tenants sorting before and after the others, siloed on every cloud and pooled in a new region.
    fs.writeFileSync(path.join(dir, 'tenants', 'aardvark.yaml'), 'id: aardvark\ntier: premium\ncloud: azure\nregion: westeurope\n');
    fs.writeFileSync(path.join(dir, 'tenants', 'abacus.yaml'), 'id: abacus\ntier: enterprise\ncloud: aws\nregion: us-west-2\n');
    fs.writeFileSync(path.join(dir, 'tenants', 'zebra.yaml'), 'id: zebra\ntier: enterprise\ncloud: gcp\nregion: europe-west4\n');
    fs.writeFileSync(path.join(dir, 'tenants', 'zinnia.yaml'), 'id: zinnia\ntier: free\ncloud: aws\nregion: eu-west-1\n');
    expect(synthTenants({ tenantsDir: path.join(dir, 'tenants'), outdir: after, ...quiet })).toBe(0);

    const names = new Set(synthStackFiles(before).keys());
    const siloed = [...names].filter((n) => stackIdentity(n, names).kind !== 'pool' && names.has(`${n}-workloads`));
    expect(siloed.length).toBe(4);
    const one = stackFiles(before);
    const two = stackFiles(after);
    let compared = 0;
    for (const [file, text] of one) {
      const stack = file.split('/')[0];
      if (!siloed.some((s) => stack === s || stack === `${s}-workloads`)) continue;
      expect({ file, text: two.get(file) }).toEqual({ file, text });
      compared++;
    }
    expect(compared).toBe(16); // per siloed tenant: both stacks' cdk.tf.json, the platform's cost.json and cost.md
    fs.rmSync(dir, { recursive: true });
  }, 120_000);
});
