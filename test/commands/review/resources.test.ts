import { parseTerraform } from '../../../lib/terraform-json';
import { changedAttributes, diffBlocks, diffOtherBlocks, diffProviders, diffStack, isEmptyDiff, sameJson } from '../../../commands/review/resources';
import type { SynthStack } from '../../../commands/review/folder';

const meta = (path: string) => ({ '//': { metadata: { path, uniqueId: path.replace(/\//g, '_') } } });

function stack(json: Record<string, unknown>): SynthStack {
  return { name: 's', file: 's/cdk.tf.json', json, doc: parseTerraform(json) };
}

describe('sameJson', () => {
  it('compares deep, ignoring key order and "//" at any depth', () => {
    expect(sameJson({ a: 1, b: { c: [1, { d: 2 }] } }, { b: { c: [1, { d: 2 }] }, a: 1 })).toBe(true);
    expect(sameJson({ a: 1, '//': 'x' }, { a: 1, '//': 'y' })).toBe(true);
    expect(sameJson({ a: { '//': 1, b: 2 } }, { a: { b: 2 } })).toBe(true);
  });

  it('sees a nested difference, a list order change and a missing key', () => {
    expect(sameJson({ a: { b: [1, 2] } }, { a: { b: [2, 1] } })).toBe(false);
    expect(sameJson({ a: { b: 1 } }, { a: { b: '1' } })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
  });
});

describe('changedAttributes', () => {
  it('lists the top-level arguments that differ, sorted, never "//"', () => {
    const base = { bucket: 'a', tags: { team: 'x' }, versioning: { enabled: true }, ...meta('t/a') };
    const head = { bucket: 'a', tags: { team: 'y' }, force_destroy: false, ...meta('t/b') };
    expect(changedAttributes(base, head)).toEqual(['force_destroy', 'tags', 'versioning']);
  });
});

describe('diffBlocks', () => {
  const base = parseTerraform({
    resource: {
      aws_s3_bucket: { data: { bucket: 'data', ...meta('t/storage/data') }, logs: { bucket: 'logs' } },
      aws_kms_key: { key: { enable_key_rotation: false } },
    },
  });
  const head = parseTerraform({
    resource: {
      // Only the "//" metadata differs: unchanged.
      aws_s3_bucket: { data: { bucket: 'data', ...meta('t/moved/data') } },
      aws_kms_key: { key: { enable_key_rotation: true, deletion_window_in_days: 30 } },
      aws_vpc: { main: { cidr_block: '10.0.0.0/16' } },
    },
  });

  it('reports added, removed and changed resources by address, with the changed attribute names', () => {
    expect(diffBlocks(base.resources, head.resources)).toEqual({
      added: ['aws_vpc.main'],
      removed: ['aws_s3_bucket.logs'],
      changed: [{ address: 'aws_kms_key.key', attributes: ['deletion_window_in_days', 'enable_key_rotation'] }],
      unchanged: 1,
    });
  });

  it('diffs data sources by their data.<type>.<name> address', () => {
    const b = parseTerraform({ data: { aws_caller_identity: { me: {} } } });
    const h = parseTerraform({ data: { aws_region: { here: {} } } });
    expect(diffBlocks(b.data, h.data)).toEqual({ added: ['data.aws_region.here'], removed: ['data.aws_caller_identity.me'], changed: [], unchanged: 0 });
  });
});

describe('diffProviders and diffOtherBlocks', () => {
  it('compares provider configurations by key', () => {
    const b = parseTerraform({ provider: { aws: [{ region: 'us-east-1' }], postgresql: [{ host: 'x' }] } });
    const h = parseTerraform({ provider: { aws: [{ region: 'eu-west-1' }], kubernetes: [{}] } });
    expect(diffProviders(b.providers, h.providers)).toEqual({ added: ['kubernetes'], removed: ['postgresql'], changed: ['aws'] });
  });

  it('lists other top-level blocks that differ, ignoring the top-level "//" metadata', () => {
    const b = { '//': { metadata: { version: '0.20.0' } }, output: { a: { value: 1 } }, terraform: { backend: {} }, resource: { x: {} } };
    const h = { '//': { metadata: { version: '0.21.0' } }, output: { a: { value: 2 } }, terraform: { backend: {} }, resource: { y: {} } };
    expect(diffOtherBlocks(b, h)).toEqual(['output']);
  });
});

describe('diffStack', () => {
  it('treats a missing side as an empty stack', () => {
    const d = diffStack(undefined, stack({ resource: { aws_vpc: { main: {} } }, output: { o: { value: 1 } } }));
    expect(d.resources.added).toEqual(['aws_vpc.main']);
    expect(d.otherBlocks).toEqual(['output']);
    expect(isEmptyDiff(d)).toBe(false);
  });

  it('is empty for two stacks that differ only in "//" metadata', () => {
    const json = (p: string) => ({ '//': { metadata: { stackName: p } }, resource: { aws_vpc: { main: { cidr_block: 'x', ...meta(p) } } } });
    expect(isEmptyDiff(diffStack(stack(json('a')), stack(json('b'))))).toBe(true);
  });
});
