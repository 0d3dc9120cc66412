import { execFileSync, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../commands/cli/main';
import { REPO_ROOT } from '../../util';
import { BAD_INPUTS, BadInput } from './corpus/fixtures';

/** A previous synth output every fixture starts with: it must come out of every failed command unchanged. */
const PRIOR_SYNTH: Record<string, string> = {
  'cdktf.out/tenant-templates.json': '{"writtenBy": "tenant-templates"}\n',
  'cdktf.out/manifest.json': '{"version":"0.21.0","stacks":{"tenant-prior":{"name":"tenant-prior","synthesizedStackPath":"stacks/tenant-prior/cdk.tf.json"}}}\n',
  'cdktf.out/stacks/tenant-prior/cdk.tf.json': '{"resource":{"aws_s3_bucket":{"prior":{"bucket":"prior"}}}}\n',
};

/** Every entry under a folder: its kind and, for files, a hash of the contents. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = path.join(rel, entry.name);
      if (entry.isDirectory()) {
        out[p] = 'folder';
        walk(p);
      } else if (entry.isFile()) {
        out[p] = crypto.createHash('sha256').update(new Uint8Array(fs.readFileSync(path.join(dir, p)))).digest('hex');
      } else {
        out[p] = entry.isFIFO() ? 'fifo' : 'special';
      }
    }
  };
  walk('');
  return out;
}

function arrange(fixture: BadInput): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-corpus-'));
  fs.chmodSync(dir, 0o755); // readable by the unprivileged user some fixtures run as
  const owns = (prefix: string) => Object.keys(fixture.files).some((f) => f.startsWith(prefix));
  const files = { ...(owns('cdktf.out/') ? {} : PRIOR_SYNTH), ...fixture.files };
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (content === null) execFileSync('mkfifo', [file]);
    else fs.writeFileSync(file, content);
  }
  return dir;
}

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** In the test process, through the CLI's entry (`main`), the way bin.ts runs it. */
async function runInProcess(argv: string[]): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** In a child process (bin.ts), as `nobody` when the tests run as root: permissions only bind other users. */
function runAsUser(argv: string[]): Outcome {
  const asRoot = process.getuid?.() === 0;
  const result = spawnSync(process.execPath, ['-r', './scripts/register.js', 'commands/cli/bin.ts', ...argv], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bad-input corpus: one clear line per problem, the documented exit code, no trace, nothing changed', () => {
  it(`covers at least 40 kinds (${BAD_INPUTS.length})`, () => {
    expect(new Set(BAD_INPUTS.map((f) => f.kind)).size).toBe(BAD_INPUTS.length);
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(BAD_INPUTS.map((f) => [f.kind, f] as const))('%s', async (_kind, fixture) => {
    const dir = arrange(fixture);
    try {
      const before = snapshot(dir);
      const argv = fixture.argv.map((a) => a.split('DIR').join(dir));
      for (const [p, mode] of Object.entries(fixture.chmod ?? {})) fs.chmodSync(path.join(dir, p), mode);
      let outcome: Outcome;
      try {
        outcome = fixture.chmod ? runAsUser(argv) : await runInProcess(argv);
      } finally {
        for (const p of Object.keys(fixture.chmod ?? {})) fs.chmodSync(path.join(dir, p), 0o755);
      }
      const lines = outcome.stderr.split(dir).join('DIR').split('\n').filter((l) => l !== '');
      // CORPUS_PRINT=<file> writes what each fixture printed, for reviewing a wording change.
      if (process.env.CORPUS_PRINT) fs.appendFileSync(process.env.CORPUS_PRINT, `${JSON.stringify({ kind: fixture.kind, code: outcome.code, lines })}\n`);
      expect(lines).toEqual(fixture.expected);
      expect(outcome.code).toBe(fixture.exit);
      expect(`${outcome.stdout}${outcome.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|internal error|unexpected error/);
      expect(snapshot(dir)).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
