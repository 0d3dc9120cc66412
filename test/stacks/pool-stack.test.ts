import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { buildApp } from '../../stacks/app';
import { scratchDir } from '../util';

const tenantFile = (id: string, backend = '') => `id: ${id}\ntier: standard\ncloud: aws\nregion: us-east-1\n${backend}`;
const S3 = (bucket: string) => `backend:\n  type: s3\n  bucket: ${bucket}\n  region: us-east-1\n`;

/** The backend block of the pool stack of a fleet made of `files`. */
function poolBackend(files: Record<string, string>): Record<string, unknown> {
  const dir = scratchDir(files);
  try {
    const app = new App({ outdir: path.join(dir, 'out'), skipValidation: true });
    buildApp(app, { tenantsDir: path.join(dir, 'tenants') });
    app.synth();
    return JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', 'pool-aws-us-east-1', 'cdk.tf.json'), 'utf8')).terraform.backend;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('PoolStack', () => {
  // A pool took its first member's backend: removing or renaming that tenant (or one sorting before it) pointed the
  // pool at another, empty state, and the next apply would build a second pool. Its backend is the fleet's now.
  it('keeps its state where the fleet settings say, whichever tenants it holds', () => {
    const settings = 'pools:\n  backend:\n    type: s3\n    bucket: acme-pools-state\n    region: us-east-1\n    keyPrefix: pools\n';
    const expected = { s3: expect.objectContaining({ bucket: 'acme-pools-state', key: 'pools/pool-aws-us-east-1.tfstate', use_lockfile: true }) };
    expect(poolBackend({ 'tenants/_platform.yaml': settings, 'tenants/beta.yaml': tenantFile('beta', S3('beta-state')), 'tenants/gamma.yaml': tenantFile('gamma') })).toEqual(expected);
    // Another first member (alpha sorts before beta), with a backend of its own: the pool's state stays put.
    expect(
      poolBackend({
        'tenants/_platform.yaml': settings,
        'tenants/alpha.yaml': tenantFile('alpha', S3('alpha-state')),
        'tenants/beta.yaml': tenantFile('beta', S3('beta-state')),
      }),
    ).toEqual(expected);
  });

  it('keeps local state by default', () => {
    expect(poolBackend({ 'tenants/beta.yaml': tenantFile('beta', S3('beta-state')) })).toEqual({ local: { path: expect.stringMatching(/terraform\.pool-aws-us-east-1\.tfstate$/) } });
  });
});
