import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runReview } from '../../commands/cli/review';
import { readSynthFolder } from '../../commands/review/folder';
import { renderReviewMarkdown } from '../../commands/review/render/markdown';
import { reviewSynths } from '../../commands/review/review';
import { planFileIn, stackFile } from '../../lib/synth-layout';
import { synthTenants } from '../../stacks/synth';
import { planStack, startMockSts, terraformAvailability } from './harness';

// Terraform itself plans a replacement and a delete, offline: acme's synthesized stack planned with -refresh=false
// against a hand-written prior state in which its database runs another engine and a bucket exists that the
// configuration no longer has. The review of that plan must flag both, with the attribute that forces the
// replacement.
//
// Why `engine`: in hashicorp/terraform-provider-aws (internal/service/rds/instance.go, the v5 schema with
// SchemaVersion 2 that the mirror's 5.100.0 is built from) `engine` is `ForceNew: true`, as are `kms_key_id`,
// `storage_encrypted`, `username` and `db_name`; `identifier` is not (v5 renames an instance in place: the file's own
// note says the identifier "can be updated"). So the prior state differs from the configuration in `engine` only
// among the ForceNew attributes, and keeps the KMS key the instance is encrypted with, so that `kms_key_id` is known
// and unchanged.
const availability = terraformAvailability();
const describeIfTerraform = availability.ok ? describe : describe.skip;
if (!availability.ok) console.warn(`terraform plan review SKIPPED: ${availability.reason}`);
const title = availability.ok
  ? 'review of a real terraform plan with a forced replacement and a delete'
  : `review of a real terraform plan with a forced replacement and a delete (SKIPPED: ${availability.reason})`;

const STACK = 'tenant-acme';
const AWS = 'provider["registry.terraform.io/hashicorp/aws"]';
const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** The one resource of `type` in a synthesized stack: its name and arguments. */
function only(json: { resource: Record<string, Record<string, Record<string, unknown>>> }, type: string): [string, Record<string, unknown>] {
  const entries = Object.entries(json.resource[type]);
  expect(entries).toHaveLength(1);
  return entries[0];
}

/**
 * Terraform's state file (format version 4) holding acme's KMS key as configured, its database on MySQL (the
 * configuration says PostgreSQL), and a bucket the configuration does not have. Attributes not given are null in
 * state, which Terraform reads as unset.
 */
function priorState(stackJson: { resource: Record<string, Record<string, Record<string, unknown>>> }): unknown {
  const [keyName, key] = only(stackJson, 'aws_kms_key');
  const [dbName, db] = only(stackJson, 'aws_db_instance');
  expect(db.engine).toBe('postgres');
  const instance = (schemaVersion: number, attributes: Record<string, unknown>) => ({ schema_version: schemaVersion, attributes, sensitive_attributes: [] });
  const resource = (type: string, name: string, attributes: Record<string, unknown>, schemaVersion = 0) => ({
    mode: 'managed',
    type,
    name,
    provider: AWS,
    instances: [instance(schemaVersion, { tags: {}, tags_all: {}, ...attributes })],
  });
  return {
    version: 4,
    terraform_version: '1.11.0',
    serial: 1,
    lineage: '3f6f7c1e-0000-4000-8000-000000000001',
    outputs: {},
    resources: [
      resource('aws_kms_key', keyName, {
        id: '1234abcd-12ab-34cd-56ef-1234567890ab',
        key_id: '1234abcd-12ab-34cd-56ef-1234567890ab',
        arn: KEY_ARN,
        description: key.description,
        enable_key_rotation: true,
        deletion_window_in_days: key.deletion_window_in_days,
        // The provider's defaults for these ForceNew arguments, so the key itself is not replaced.
        customer_master_key_spec: 'SYMMETRIC_DEFAULT',
        key_usage: 'ENCRYPT_DECRYPT',
        multi_region: false,
        is_enabled: true,
      }),
      resource(
        'aws_db_instance',
        dbName,
        {
          id: 'db-ABCDEFGHIJKLMNOPQRSTUVWXY0',
          resource_id: 'db-ABCDEFGHIJKLMNOPQRSTUVWXY0',
          identifier: db.identifier,
          engine: 'mysql',
          engine_version: '8.0',
          instance_class: db.instance_class,
          allocated_storage: db.allocated_storage,
          db_name: db.db_name,
          username: db.username,
          storage_encrypted: true,
          kms_key_id: KEY_ARN,
          port: 3306,
        },
        2,
      ),
      resource('aws_s3_bucket', 'legacy_exports', { id: 'acme-legacy-exports', bucket: 'acme-legacy-exports', arn: 'arn:aws:s3:::acme-legacy-exports', force_destroy: false }),
    ],
  };
}

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-plan-review-'));
const plansDir = path.join(outdir, 'plans');
const synthCode = availability.ok ? synthTenants({ outdir, only: ['acme'], stdout: () => undefined, stderr: (t) => console.error(t) }) : 0;

describeIfTerraform(title, () => {
  let sts: Awaited<ReturnType<typeof startMockSts>>;
  let plan: unknown;
  beforeAll(async () => {
    expect(synthCode).toBe(0);
    sts = await startMockSts();
    const stackJson = JSON.parse(fs.readFileSync(stackFile(outdir, STACK), 'utf8'));
    if (!availability.ok) return;
    plan = (await planStack(path.dirname(stackFile(outdir, STACK)), availability.mirror, sts.url, { state: priorState(stackJson) })).plan;
    fs.mkdirSync(plansDir);
    fs.writeFileSync(planFileIn(plansDir, STACK), JSON.stringify(plan));
  }, 300_000);
  afterAll(async () => {
    await sts?.close();
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  it('Terraform plans to replace the database because of its engine and to delete the bucket', () => {
    const changes = (plan as { resource_changes: { address: string; change: { actions: string[]; replace_paths?: unknown }; action_reason?: string }[] }).resource_changes;
    const db = changes.find((c) => c.address.startsWith('aws_db_instance.'))!;
    expect(db.change.actions).toEqual(['delete', 'create']);
    expect(db.change.replace_paths).toEqual([['engine']]);
    expect(db.action_reason).toBe('replace_because_cannot_update');
    const bucket = changes.find((c) => c.address === 'aws_s3_bucket.legacy_exports')!;
    expect(bucket.change.actions).toEqual(['delete']);
    expect(bucket.action_reason).toBe('delete_because_no_resource_config');
  });

  it('the review flags the forced replacement with its cause and the delete as blockers', () => {
    const report = reviewSynths(readSynthFolder(outdir, 'base'), readSynthFolder(outdir, 'head', { plansDir }));
    const stack = report.stacks.find((s) => s.name === STACK)!;
    expect(stack.plan!.mismatched).toEqual([]);
    expect(stack.plan!.actions).toMatchObject({ replace: 1, delete: 1, update: 1 });
    expect(report.blockers.map((b) => [b.address.split('.')[0], b.kind, b.action, b.replacePaths, b.actionReason])).toEqual([
      ['aws_db_instance', 'database', 'replace', ['engine'], 'replace_because_cannot_update'],
      ['aws_s3_bucket', 'bucket', 'delete', [], 'delete_because_no_resource_config'],
    ]);
    const md = renderReviewMarkdown(report);
    expect(md).toMatch(/\| `tenant-acme` \| `aws_db_instance\.platform_database_instance_\w+` \| database \| \*\*replace\*\* \| forced by `engine`; cannot be updated in place; destroyed first \|/);
    expect(md).toContain('| `tenant-acme` | `aws_s3_bucket.legacy_exports` | bucket | **delete** | no longer in the configuration |');
  });

  it('tenants review --head-plans --fail-on-findings exits 1 on it (and 0 without the plans)', () => {
    const io = { stdout: () => undefined, stderr: () => undefined };
    expect(runReview(['--base', outdir, '--head', outdir, '--head-plans', plansDir, '--fail-on-findings'], io)).toBe(1);
    expect(runReview(['--base', outdir, '--head', outdir, '--fail-on-findings'], io)).toBe(0);
  });
});
