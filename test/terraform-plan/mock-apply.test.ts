import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { synthTenants } from '../../stacks/synth';
import { mockApply, mockablePart, remoteStateOutputs, terraformAvailability } from './harness';

/*
 * What a plan cannot show: values known only after apply, and documents built from them. `terraform test` applies the
 * example AWS stacks against a mocked hashicorp/aws (Terraform >= 1.7 mock_provider), offline, and asserts on the
 * applied values: the S3 data policy of each slice against the role of the session that runs Terraform (blocker 1: a
 * deny of s3:ListBucket* to every principal but the workload role made every refresh of the bucket 403 for Terraform),
 * the RDS final snapshot name built from terraform_data's id, and the alert manager's topic.
 */
const availability = terraformAvailability();
const describeIfTerraform = availability.ok ? describe : describe.skip;
if (!availability.ok) console.warn(`terraform mock-apply check SKIPPED: ${availability.reason}`);
const title = availability.ok
  ? 'terraform test (mocked hashicorp/aws) of the example AWS stacks'
  : `terraform test (mocked hashicorp/aws) of the example AWS stacks (SKIPPED: ${availability.reason})`;

type Json = Record<string, Record<string, Record<string, Record<string, unknown>>>>;
const STACKS = ['pool-aws-us-east-1', 'tenant-initrode', 'tenant-umbrella', 'tenant-acme'];

/** RDS DB snapshot identifiers: a letter, then letters, digits and single hyphens, no trailing hyphen (RDS API, CreateDBSnapshot). */
const SNAPSHOT_IDENTIFIER = '^[A-Za-z](?:[A-Za-z0-9]|-[A-Za-z0-9]){0,254}$';

/** The override blocks and run block with the assertions that apply to `json`. */
function runsFor(json: Json): string {
  const names = (type: string) => Object.keys(json.resource?.[type] ?? {});
  const overrides = Object.entries(remoteStateOutputs(json as never)).map(
    ([state, outputs]) => `override_data {\n  target = data.terraform_remote_state.${state}\n  values = { outputs = ${JSON.stringify(outputs)} }\n}\n`,
  );
  // The workspaces of the platform, found by their alias.
  for (const [data, config] of Object.entries(json.data?.aws_prometheus_workspaces ?? {})) {
    const alias = String(config.alias_prefix);
    overrides.push(`override_data {
  target = data.aws_prometheus_workspaces.${data}
  values = { aliases = ["${alias}"], arns = ["arn:aws:aps:us-east-1:111122223333:workspace/ws-mock"], workspace_ids = ["ws-mock"] }
}
`);
  }
  const asserts: string[] = [];
  for (const db of names('aws_db_instance')) {
    asserts.push(`  assert {
    condition     = can(regex("${SNAPSHOT_IDENTIFIER}", aws_db_instance.${db}.final_snapshot_identifier))
    error_message = "final snapshot identifier \${aws_db_instance.${db}.final_snapshot_identifier} is not one RDS accepts"
  }`);
  }
  const caller = Object.keys(json.data?.aws_caller_identity ?? {})[0];
  for (const policy of names('aws_s3_bucket_policy').filter((p) => String(json.resource.aws_s3_bucket_policy[p].policy).includes('DataOnlyForTheTenantRole'))) {
    // aws:PrincipalArn of an assumed-role session is the role's ARN (IAM user guide, aws:PrincipalArn).
    asserts.push(`  assert {
    condition = contains(
      one([for s in jsondecode(aws_s3_bucket_policy.${policy}.policy).Statement : s if s.Sid == "DataOnlyForTheTenantRole"]).Condition.StringNotEquals["aws:PrincipalArn"],
      "arn:aws:iam::111122223333:role/\${split("/", data.aws_caller_identity.${caller}.arn)[1]}"
    )
    error_message = "the data policy denies the role that runs Terraform: every refresh of the bucket would be 403"
  }`);
  }
  for (const definition of names('aws_prometheus_alert_manager_definition')) {
    const topic = names('aws_sns_topic')[0];
    asserts.push(`  assert {
    condition     = yamldecode(yamldecode(aws_prometheus_alert_manager_definition.${definition}.definition).alertmanager_config).receivers[0].sns_configs[0].topic_arn == aws_sns_topic.${topic}.arn
    error_message = "the alert manager does not send to the alarm topic"
  }`);
  }
  const variables = Object.keys(json.variable ?? {}).map((v) => `    ${v} = "https://plan-check.invalid/${v}"`);
  return `${overrides.join('\n')}
run "apply" {
  command = apply
  variables {
${variables.join('\n')}
  }
${asserts.join('\n')}
}
`;
}

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-mock-synth-'));
const synthCode = availability.ok
  ? synthTenants({ outdir, only: ['acme', 'initrode', 'umbrella'], stdout: () => undefined, stderr: (t) => console.error(t) })
  : 0;
const read = (name: string): Json => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));

describeIfTerraform(title, () => {
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  it('synthesizes the stacks it applies', () => {
    expect(synthCode).toBe(0);
    for (const name of STACKS) expect(fs.existsSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'))).toBe(true);
  });

  it('asserts on each kind of stack: a database, slice data policies, an alert manager', () => {
    const runs = STACKS.map((name) => runsFor(read(name))).join('\n');
    expect(runs).toContain('final_snapshot_identifier');
    expect(runs.match(/DataOnlyForTheTenantRole/g)?.length).toBe(2);
    expect(runs).toContain('alertmanager_config');
  });

  it.each(STACKS)('%s applies against the mocked provider and its applied values hold', async (name) => {
    if (!availability.ok) return;
    const json = read(name);
    const result = await mockApply(mockablePart(json as never), runsFor(json), availability.mirror);
    expect(result.output).toMatch(/Success! 1 passed, 0 failed/);
    expect(result.passed).toBe(true);
  }, 240_000);
});
