import { execFile } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';

const run = promisify(execFile);

/** The hashicorp/aws version @cdktf/provider-aws 20.1.0 is generated for. */
export const AWS_PROVIDER_VERSION = '5.100.0';
/** Where these machines keep a Terraform provider filesystem mirror; TF_PROVIDER_MIRROR overrides. */
const MIRROR_CANDIDATES = [process.env.TF_PROVIDER_MIRROR, '/opt/tf-plugins', path.join(os.homedir(), '.terraform.d/plugins')];

export type TerraformAvailability = { ok: true; mirror: string } | { ok: false; reason: string };

/** Whether terraform and a mirror holding hashicorp/aws can run plans offline here, and why not. */
export function terraformAvailability(): TerraformAvailability {
  const onPath = (process.env.PATH ?? '').split(path.delimiter).some((dir) => fs.existsSync(path.join(dir, 'terraform')));
  if (!onPath) return { ok: false, reason: 'terraform is not on PATH' };
  const mirror = MIRROR_CANDIDATES.filter((c): c is string => !!c).find((c) =>
    fs.existsSync(path.join(c, 'registry.terraform.io/hashicorp/aws', AWS_PROVIDER_VERSION)),
  );
  if (!mirror) return { ok: false, reason: `no provider mirror with hashicorp/aws ${AWS_PROVIDER_VERSION} (set TF_PROVIDER_MIRROR)` };
  return { ok: true, mirror };
}

/** A fake STS endpoint so `data.aws_caller_identity` resolves without network or credentials. */
export async function startMockSts(accountId = '123456789012'): Promise<{ url: string; close: () => Promise<void> }> {
  const body =
    '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>' +
    `<Arn>arn:aws:iam::${accountId}:user/plan-check</Arn><UserId>AIDAPLANCHECK</UserId><Account>${accountId}</Account>` +
    '</GetCallerIdentityResult><ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000</RequestId>' +
    '</ResponseMetadata></GetCallerIdentityResponse>';
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'text/xml' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface PlanResult {
  /** Addresses of managed resources in the synthesized JSON (`aws_vpc.network_vpc_1A2B3C`). */
  readonly expected: string[];
  /** Addresses the plan creates. */
  readonly created: string[];
  /** `terraform validate -json` output. */
  readonly validate: { valid: boolean; diagnostics: unknown[] };
  /** `terraform show -json` of the saved plan, as Terraform wrote it. */
  readonly plan: unknown;
}

/** What to plan against. */
export interface PlanStackOptions {
  /** A prior state (Terraform's state file format, version 4) written as the local state before planning. @default none: an empty state */
  readonly state?: unknown;
}

/**
 * Writes `plan_override.tf.json` into a stack folder: a local backend (`terraform.tfstate` in the folder) and the AWS
 * provider with mock credentials, skip flags and the mock STS endpoint, so the stack plans offline while its own
 * JSON stays as synthesized.
 */
export function writeOfflineOverride(dir: string, stsUrl: string): void {
  fs.writeFileSync(
    path.join(dir, 'plan_override.tf.json'),
    JSON.stringify({
      terraform: { backend: { local: { path: 'terraform.tfstate' } } },
      provider: {
        aws: [
          {
            access_key: 'plan-check',
            secret_key: 'plan-check',
            skip_credentials_validation: true,
            skip_requesting_account_id: true,
            skip_metadata_api_check: 'true',
            endpoints: [{ sts: stsUrl }],
          },
        ],
      },
    }),
  );
}

/**
 * The environment for offline Terraform: a CLI configuration (written into `dir`) that installs providers from the
 * mirror only, no checkpoint calls, mock AWS credentials.
 */
export function offlineEnv(dir: string, mirror: string): NodeJS.ProcessEnv {
  const cliConfig = path.join(dir, 'terraform.rc');
  fs.writeFileSync(
    cliConfig,
    `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/hashicorp/*"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }\n}\n`,
  );
  return {
    ...process.env,
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: '1',
    CHECKPOINT_DISABLE: '1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: 'plan-check',
    AWS_SECRET_ACCESS_KEY: 'plan-check',
  };
}

/**
 * Copies a synthesized stack to a scratch folder, overrides its backend (local) and provider (mock credentials,
 * skip flags, the mock STS endpoint) in an override file, so the stack itself stays as synthesized, then runs
 * `terraform init`, `validate` and `plan` offline against the mirror and reads the plan back as JSON.
 */
export async function planStack(stackDir: string, mirror: string, stsUrl: string, options: PlanStackOptions = {}): Promise<PlanResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-plan-'));
  try {
    fs.copyFileSync(path.join(stackDir, 'cdk.tf.json'), path.join(work, 'cdk.tf.json'));
    writeOfflineOverride(work, stsUrl);
    const env = offlineEnv(work, mirror);
    const tf = (...args: string[]) => run('terraform', args, { cwd: work, env, maxBuffer: 256 * 1024 * 1024 });
    await tf('init', '-input=false', '-no-color');
    if (options.state !== undefined) fs.writeFileSync(path.join(work, 'terraform.tfstate'), JSON.stringify(options.state));
    const validate = JSON.parse((await tf('validate', '-json', '-no-color')).stdout);
    await tf('plan', '-input=false', '-no-color', '-lock=false', '-refresh=false', '-out=plan.bin');
    const plan = JSON.parse((await tf('show', '-json', 'plan.bin')).stdout);
    const created = (plan.resource_changes as { address: string; mode: string; change: { actions: string[] } }[])
      .filter((c) => c.mode === 'managed' && c.change.actions.includes('create'))
      .map((c) => c.address);
    const synthesized = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
    const expected = Object.entries(synthesized.resource as Record<string, Record<string, unknown>>).flatMap(([type, byName]) =>
      Object.keys(byName).map((name) => `${type}.${name}`),
    );
    return { expected, created, validate, plan };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
