import { TerraformInputError, formatAttributePath, planAction, readResourceChanges } from '../../lib/terraform-json';

// The shapes follow Terraform's JSON output format ("Change Representation":
// https://developer.hashicorp.com/terraform/internals/json-format): `change.actions` is one of ["no-op"], ["create"],
// ["read"], ["update"], ["delete","create"], ["create","delete"], ["delete"] (and ["forget"] since 1.7);
// `replace_paths` lists the attribute paths that force a replacement.
const entry = (address: string, actions: string[], extra: Record<string, unknown> = {}, change: Record<string, unknown> = {}) => ({
  address,
  mode: address.startsWith('data.') ? 'data' : 'managed',
  type: address.replace(/^data\./, '').split('.')[0],
  name: address.replace(/^data\./, '').split('.')[1],
  change: { actions, before: null, after: {}, ...change },
  ...extra,
});

describe('planAction', () => {
  it('reads both orders of delete and create as a replacement, and single actions as themselves', () => {
    expect(planAction(['delete', 'create'])).toBe('replace');
    expect(planAction(['create', 'delete'])).toBe('replace');
    expect(planAction(['create'])).toBe('create');
    expect(planAction(['update'])).toBe('update');
    expect(planAction(['delete'])).toBe('delete');
    expect(planAction(['no-op'])).toBe('no-op');
    expect(planAction(['read'])).toBe('read');
    expect(planAction(['forget'])).toBe('forget');
  });

  it('knows no other list', () => {
    expect(planAction(['replace'])).toBeUndefined();
    expect(planAction(['update', 'read'])).toBeUndefined();
    expect(planAction(['explode'])).toBeUndefined();
  });
});

describe('formatAttributePath', () => {
  it('writes paths as Terraform addresses them', () => {
    expect(formatAttributePath(['engine'])).toBe('engine');
    expect(formatAttributePath(['ebs_block_device', 0, 'volume_size'])).toBe('ebs_block_device[0].volume_size');
    expect(formatAttributePath(['tags', 'cost/center'])).toBe('tags["cost/center"]');
  });
});

describe('readResourceChanges', () => {
  it('reads the action, the forcing attributes, the reason and the order of a replacement', () => {
    const plan = {
      resource_changes: [
        entry('aws_db_instance.db', ['delete', 'create'], { action_reason: 'replace_because_cannot_update' }, { replace_paths: [['engine']] }),
        entry('aws_launch_template.nodes', ['create', 'delete'], { action_reason: 'replace_because_cannot_update' }, { replace_paths: [['name'], ['block_device_mappings', 0, 'ebs', 0, 'kms_key_id']] }),
        entry('aws_s3_bucket.legacy', ['delete'], { action_reason: 'delete_because_no_resource_config' }),
        entry('data.aws_iam_policy_document.key', ['read'], { action_reason: 'read_because_config_unknown' }),
        entry('aws_vpc.main', ['no-op']),
      ],
    };
    expect(readResourceChanges(plan)).toEqual([
      {
        address: 'aws_db_instance.db',
        type: 'aws_db_instance',
        mode: 'managed',
        action: 'replace',
        actions: ['delete', 'create'],
        replacePaths: ['engine'],
        actionReason: 'replace_because_cannot_update',
        createBeforeDestroy: false,
      },
      expect.objectContaining({ action: 'replace', replacePaths: ['name', 'block_device_mappings[0].ebs[0].kms_key_id'], createBeforeDestroy: true }),
      expect.objectContaining({ action: 'delete', replacePaths: [], actionReason: 'delete_because_no_resource_config' }),
      expect.objectContaining({ mode: 'data', action: 'read', actionReason: 'read_because_config_unknown' }),
      expect.objectContaining({ address: 'aws_vpc.main', action: 'no-op' }),
    ]);
  });

  it('keeps deposed objects and moves apart', () => {
    const [c] = readResourceChanges({ resource_changes: [entry('aws_kms_key.k', ['delete'], { deposed: '00000001', previous_address: 'aws_kms_key.old' })] });
    expect(c).toEqual(expect.objectContaining({ deposed: '00000001', previousAddress: 'aws_kms_key.old' }));
  });

  it('refuses JSON that is not a plan, naming the file and the fix', () => {
    expect(() => readResourceChanges({ resource: {} }, 'stack.plan.json')).toThrow(TerraformInputError);
    expect(() => readResourceChanges({ resource: {} }, 'stack.plan.json')).toThrow(/^stack\.plan\.json: not a plan: no "resource_changes" list; give the output of `terraform show -json <planfile>`$/);
    expect(() => readResourceChanges({ resource_changes: [{ address: 'a.b', type: 'a' }] }, 'p.json')).toThrow(/^p\.json: resource_changes\[0\]\.change: /);
    expect(() => readResourceChanges({ resource_changes: [entry('a_b.c', ['teleport'])] }, 'p.json')).toThrow(/resource_changes\[0\] \(a_b\.c\): unknown actions \["teleport"\]/);
  });
});
