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

/** Terraform JSON of a stack, as synthesized. */
export type StackJson = Record<string, Record<string, unknown>>;

/**
 * The AWS part of a stack: providers, resources, data sources and ephemeral blocks of hashicorp/aws (and Terraform's
 * built-in `terraform_data`), without those of other providers (a pool's PostgreSQL provisioner) and without outputs
 * that name them. The mirror holds hashicorp/aws only, so this is the part Terraform can plan offline.
 */
export function awsPart(json: StackJson, options: { readonly keepRemoteState?: boolean } = {}): StackJson {
  const keep = (type: string) => type.startsWith('aws_') || type === 'terraform_data' || (options.keepRemoteState === true && type === 'terraform_remote_state');
  const dropped = new Set<string>();
  const filter = (section: Record<string, unknown> | undefined) => {
    if (!section) return undefined;
    const kept = Object.fromEntries(Object.entries(section).filter(([type]) => keep(type) || (dropped.add(type), false)));
    return Object.keys(kept).length > 0 ? kept : undefined;
  };
  const part: StackJson = { ...json };
  for (const section of ['resource', 'data', 'ephemeral']) {
    const kept = filter(json[section]);
    if (kept) part[section] = kept;
    else delete part[section];
  }
  part.provider = Object.fromEntries(Object.entries(json.provider ?? {}).filter(([name]) => name === 'aws'));
  const terraform = json.terraform as { required_providers?: Record<string, unknown> } | undefined;
  if (terraform?.required_providers) {
    part.terraform = { ...terraform, required_providers: { aws: terraform.required_providers.aws } };
  }
  if (json.output) {
    part.output = Object.fromEntries(
      Object.entries(json.output).filter(([, value]) => ![...dropped].some((type) => JSON.stringify(value).includes(`${type}.`))),
    );
  }
  return part;
}

/**
 * The part of a stack `terraform test` can apply with a mocked hashicorp/aws: the AWS part, with the stack's reads of
 * other stacks' state (overridden in the test), without ephemeral blocks (Terraform 1.11: "the provider mocking
 * mechanism does not yet support ephemeral resource types"), and with references to resources of other providers
 * (a role the PostgreSQL provider makes, named in an IAM policy) replaced by a placeholder string.
 */
export function mockablePart(json: StackJson): StackJson {
  const part = awsPart(json, { keepRemoteState: true });
  delete part.ephemeral;
  const text = JSON.stringify(part).replace(/\$\{(?:postgresql|kubernetes|random)_[a-z0-9_]+\.[^}]*\}/g, 'mock-placeholder');
  return JSON.parse(text) as StackJson;
}

/** Whether Terraform can plan a stack's AWS part offline: it has one, and reads no other stack's state. */
export function plannableOffline(json: StackJson): boolean {
  const providers = Object.keys((json.terraform as { required_providers?: object } | undefined)?.required_providers ?? {});
  return providers.includes('aws') && !(json.data && 'terraform_remote_state' in json.data);
}

/** A value for every variable without a default (on-call receiver URLs): plans need one, apply reads the real one. */
function placeholderVariables(json: StackJson): string[] {
  return Object.entries((json.variable ?? {}) as Record<string, { default?: unknown }>)
    .filter(([, variable]) => variable.default === undefined)
    .flatMap(([name]) => ['-var', `${name}=https://plan-check.invalid/${name}`]);
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
 * Copies the AWS part of a synthesized stack (`awsPart`) to a scratch folder, overrides its backend (local) and
 * provider (mock credentials, skip flags, the mock STS endpoint) in an override file, so the stack itself stays as
 * synthesized, then runs `terraform init`, `validate` and `plan` offline against the mirror and reads the plan back.
 */
export async function planStack(stackDir: string, mirror: string, stsUrl: string, options: PlanStackOptions = {}): Promise<PlanResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-plan-'));
  try {
    const synthesized = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8')) as StackJson;
    const part = awsPart(synthesized);
    fs.writeFileSync(path.join(work, 'cdk.tf.json'), JSON.stringify(part));
    writeOfflineOverride(work, stsUrl);
    const env = offlineEnv(work, mirror);
    const tf = (...args: string[]) => run('terraform', args, { cwd: work, env, maxBuffer: 256 * 1024 * 1024 });
    await tf('init', '-input=false', '-no-color');
    if (options.state !== undefined) fs.writeFileSync(path.join(work, 'terraform.tfstate'), JSON.stringify(options.state));
    const validate = JSON.parse((await tf('validate', '-json', '-no-color')).stdout);
    await tf('plan', '-input=false', '-no-color', '-lock=false', '-refresh=false', '-out=plan.bin', ...placeholderVariables(part));
    const plan = JSON.parse((await tf('show', '-json', 'plan.bin')).stdout);
    const created = (plan.resource_changes as { address: string; mode: string; change: { actions: string[] } }[])
      .filter((c) => c.mode === 'managed' && c.change.actions.includes('create'))
      .map((c) => c.address);
    const expected = Object.entries(part.resource as Record<string, Record<string, unknown>>).flatMap(([type, byName]) =>
      Object.keys(byName).map((name) => `${type}.${name}`),
    );
    return { expected, created, validate, plan };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Placeholder values for the outputs of other stacks a stack reads, shaped by name (ARNs for `...arn` outputs). */
export function remoteStateOutputs(json: StackJson): Record<string, Record<string, string>> {
  const text = JSON.stringify(json);
  const byState: Record<string, Record<string, string>> = {};
  for (const state of Object.keys((json.data?.terraform_remote_state ?? {}) as object)) {
    const names = [...new Set([...text.matchAll(new RegExp(`terraform_remote_state\\.${state}\\.outputs\\.([A-Za-z0-9_.-]+)`, 'g'))].map((m) => m[1]))];
    byState[state] = Object.fromEntries(
      names.map((name) => {
        const service = /cross-stack-output-aws_([a-z0-9]+)_/.exec(name)?.[1] ?? 'mock';
        if (name.endsWith('arn')) return [name, `arn:aws:${service}:us-east-1:111122223333:mock/${service}`];
        if (name.endsWith('ids')) return [name, 'mock-id'];
        return [name, `mock-${service}`];
      }),
    );
  }
  return byState;
}

/**
 * The mocked hashicorp/aws of `terraform test`: data sources answer as one account in us-east-1 would, and the
 * computed attributes that other resources validate (ARNs, a launch template id, add-on versions, the nested blocks
 * EKS and RDS return) look like AWS's, so the mocked apply reaches every resource.
 */
export const MOCK_AWS_PROVIDER = `mock_provider "aws" {
  mock_data "aws_partition" {
    defaults = { partition = "aws", dns_suffix = "amazonaws.com" }
  }
  mock_data "aws_caller_identity" {
    defaults = { account_id = "111122223333", arn = "arn:aws:sts::111122223333:assumed-role/tenant-templates-deployer/ci-run-42" }
  }
  mock_data "aws_region" {
    defaults = { name = "us-east-1" }
  }
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[]}" }
  }
  mock_data "aws_eks_addon_version" {
    defaults = { version = "v1.0.0-eksbuild.1" }
  }
  mock_data "aws_eks_cluster" {
    defaults = {
      arn        = "arn:aws:eks:us-east-1:111122223333:cluster/mock"
      vpc_config = [{ cluster_security_group_id = "sg-0123456789abcdef0", subnet_ids = ["subnet-0123456789abcdef0"], vpc_id = "vpc-0123456789abcdef0", security_group_ids = [], endpoint_private_access = true, endpoint_public_access = false, public_access_cidrs = [] }]
    }
  }
  mock_data "aws_iam_session_context" {
    defaults = { issuer_arn = "arn:aws:iam::111122223333:role/tenant-templates-deployer" }
  }
  mock_resource "aws_sns_topic" {
    defaults = { arn = "arn:aws:sns:us-east-1:111122223333:mock-topic" }
  }
  mock_resource "aws_kms_key" {
    defaults = { arn = "arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000" }
  }
  mock_resource "aws_iam_role" {
    defaults = { arn = "arn:aws:iam::111122223333:role/mock" }
  }
  mock_resource "aws_cloudwatch_log_group" {
    defaults = { arn = "arn:aws:logs:us-east-1:111122223333:log-group:mock" }
  }
  mock_resource "aws_prometheus_workspace" {
    defaults = { arn = "arn:aws:aps:us-east-1:111122223333:workspace/ws-mock" }
  }
  mock_resource "aws_s3_bucket" {
    defaults = { arn = "arn:aws:s3:::mock-bucket" }
  }
  mock_resource "aws_elasticache_replication_group" {
    defaults = { arn = "arn:aws:elasticache:us-east-1:111122223333:replicationgroup:mock" }
  }
  mock_resource "aws_launch_template" {
    defaults = { id = "lt-0123456789abcdef0", latest_version = 1 }
  }
  mock_resource "aws_eks_cluster" {
    defaults = {
      arn                   = "arn:aws:eks:us-east-1:111122223333:cluster/mock"
      version               = "1.34"
      identity              = [{ oidc = [{ issuer = "https://oidc.eks.us-east-1.amazonaws.com/id/MOCK" }] }]
      certificate_authority = [{ data = "bW9jaw==" }]
    }
  }
  mock_resource "aws_db_instance" {
    defaults = {
      arn                = "arn:aws:rds:us-east-1:111122223333:db:mock"
      master_user_secret = [{ secret_arn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:mock", kms_key_id = "mock", secret_status = "active" }]
    }
  }
}
`;

export interface MockApplyResult {
  /** `terraform test` succeeded: every run applied and every assertion held. */
  readonly passed: boolean;
  /** Its output, for the failure message. */
  readonly output: string;
}

/**
 * Runs `terraform test` offline on `config` (a stack's mockable part) with the mocked hashicorp/aws and `runs`
 * (HCL: override_data blocks and run blocks with assertions), against the mirror.
 */
export async function mockApply(config: StackJson, runs: string, mirror: string): Promise<MockApplyResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-mock-'));
  try {
    // terraform test keeps state in memory: the stack's own backend is left out.
    const terraform = { ...((config.terraform ?? {}) as Record<string, unknown>) };
    delete terraform.backend;
    fs.writeFileSync(path.join(work, 'main.tf.json'), JSON.stringify({ ...config, terraform }));
    fs.writeFileSync(path.join(work, 'apply.tftest.hcl'), `${MOCK_AWS_PROVIDER}\n${runs}`);
    const cliConfig = path.join(work, 'terraform.rc');
    fs.writeFileSync(
      cliConfig,
      `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/hashicorp/*"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }\n}\n`,
    );
    const env = { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
    await run('terraform', ['init', '-input=false', '-no-color', '-backend=false'], { cwd: work, env });
    try {
      const { stdout } = await run('terraform', ['test', '-no-color'], { cwd: work, env, maxBuffer: 256 * 1024 * 1024 });
      return { passed: true, output: stdout };
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      return { passed: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
