import * as fs from 'fs';
import * as path from 'path';
import { PlanInputError, describeActionReason, emptyPlanCounts, isQuietPlan, readPlanFile, stackPlan } from '../../../commands/review/plan';
import { parseTerraform } from '../../../lib/terraform-json';
import { planJson, plansFolder, removeScratch } from './fixtures';

afterAll(removeScratch);

const config = parseTerraform({
  resource: {
    aws_db_instance: { db: { engine: 'postgres' } },
    aws_s3_bucket: { data: {} },
    aws_subnet: { private: { count: 2 } },
    aws_eip: { maybe: { count: '${var.n}' } },
  },
});

const plan = planJson([
  { address: 'aws_db_instance.db', actions: ['delete', 'create'], replace_paths: [['engine']], action_reason: 'replace_because_cannot_update' },
  { address: 'aws_s3_bucket.data', actions: ['no-op'] },
  { address: 'aws_subnet.private[0]', actions: ['update'] },
  { address: 'aws_subnet.private[1]', actions: ['no-op'] },
  { address: 'aws_s3_bucket.legacy', actions: ['delete'], action_reason: 'delete_because_no_resource_config' },
  { address: 'data.aws_iam_policy_document.key', actions: ['read'], action_reason: 'read_because_config_unknown' },
]);

describe('stackPlan', () => {
  const file = path.join(plansFolder({ 'tenant-acme': plan }), 'tenant-acme.plan.json');
  const result = stackPlan(readPlanFile(file), config);

  it('counts every instance per action', () => {
    expect(result.actions).toEqual({ create: 0, update: 1, replace: 1, delete: 1, 'no-op': 2, read: 1, forget: 0 });
    expect(result.file).toBe(file);
  });

  it('lists what Terraform acts on, by address, with the cause of a replacement and what stateful resources hold', () => {
    expect(result.changes).toEqual([
      { address: 'aws_db_instance.db', type: 'aws_db_instance', action: 'replace', replacePaths: ['engine'], actionReason: 'replace_because_cannot_update', createBeforeDestroy: false, stateful: 'database' },
      { address: 'aws_s3_bucket.legacy', type: 'aws_s3_bucket', action: 'delete', replacePaths: [], actionReason: 'delete_because_no_resource_config', createBeforeDestroy: false, stateful: 'bucket' },
      { address: 'aws_subnet.private[0]', type: 'aws_subnet', action: 'update', replacePaths: [], createBeforeDestroy: false },
      { address: 'data.aws_iam_policy_document.key', type: 'aws_iam_policy_document', action: 'read', replacePaths: [], actionReason: 'read_because_config_unknown', createBeforeDestroy: false },
    ]);
  });

  it('agrees with the configuration it was planned from (deleted resources and uncertain counts aside)', () => {
    expect(result.mismatched).toEqual([]);
  });

  it('names the resources a plan of another synth disagrees on', () => {
    const other = parseTerraform({ resource: { aws_db_instance: { db: {} }, aws_kms_key: { new: {} }, aws_subnet: { private: { count: 2 } } } });
    expect(stackPlan(readPlanFile(file), other).mismatched).toEqual(['aws_kms_key.new', 'aws_s3_bucket.data']);
  });
});

describe('isQuietPlan', () => {
  it('is true for no-ops and reads only', () => {
    expect(isQuietPlan({ ...emptyPlanCounts(), 'no-op': 40, read: 3 })).toBe(true);
    expect(isQuietPlan({ ...emptyPlanCounts(), update: 1 })).toBe(false);
    expect(isQuietPlan({ ...emptyPlanCounts(), forget: 1 })).toBe(false);
  });
});

describe('describeActionReason', () => {
  it('words the reasons Terraform writes, and passes others through', () => {
    expect(describeActionReason('replace_because_cannot_update')).toBe('cannot be updated in place');
    expect(describeActionReason('delete_because_no_resource_config')).toBe('no longer in the configuration');
    expect(describeActionReason('delete_because_enabled_false')).toBe('delete_because_enabled_false');
  });
});

describe('readPlanFile', () => {
  const dir = plansFolder({ broken: {}, text: {} });
  fs.writeFileSync(path.join(dir, 'text.plan.json'), 'not json');

  it('names the file and how to write a plan when it is not one', () => {
    expect(() => readPlanFile(path.join(dir, 'broken.plan.json'))).toThrow(PlanInputError);
    expect(() => readPlanFile(path.join(dir, 'broken.plan.json'))).toThrow(
      /broken\.plan\.json: not a plan: no "resource_changes" list; write it with `terraform plan -out=tfplan && terraform show -json tfplan > <file>`$/,
    );
    expect(() => readPlanFile(path.join(dir, 'text.plan.json'))).toThrow(/^plan '.*text\.plan\.json' is not valid JSON \(/);
    expect(() => readPlanFile(path.join(dir, 'missing.plan.json'))).toThrow(/^cannot read plan '.*missing\.plan\.json' \(ENOENT\)/);
  });
});
