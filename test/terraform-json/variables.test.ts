import { mergeDocuments, parseTerraform } from '../../lib/terraform-json';
import { convertToType, declaredLocals, declaredVariables, moduleScope } from '../../lib/terraform-json/variables';

// Terraform's JSON syntax writes blocks as objects or as lists of objects (as HCL converters emit): both are read.
const asObjects = {
  variable: { bucket_name: { default: 'acme-data' }, region: { type: 'string' }, replicas: { type: 'number', default: '2' } },
  locals: { logs: '${var.bucket_name}-logs', bucket_id: '${aws_s3_bucket.data.id}' },
};
const asLists = {
  variable: [{ bucket_name: [{ default: 'acme-data' }] }, { region: [{ type: '${string}' }] }, { replicas: [{ type: 'number', default: '2' }] }],
  locals: [{ logs: '${var.bucket_name}-logs' }, { bucket_id: '${aws_s3_bucket.data.id}' }],
};

describe.each([
  ['objects', asObjects],
  ['lists of blocks', asLists],
])('variables and locals written as %s', (_, json) => {
  it('reads declarations: default, whether there is one, and the type', () => {
    expect(declaredVariables(json, 'vars.tf.json')).toEqual([
      { name: 'bucket_name', default: 'acme-data', hasDefault: true, type: undefined, file: 'vars.tf.json' },
      { name: 'region', hasDefault: false, type: 'string', file: 'vars.tf.json' },
      { name: 'replicas', default: '2', hasDefault: true, type: 'number', file: 'vars.tf.json' },
    ]);
    expect(declaredLocals(json).map((l) => l.name)).toEqual(['logs', 'bucket_id']);
  });

  it('resolves defaults, locals over them, and typed conversions in resources', () => {
    const doc = parseTerraform({
      ...json,
      resource: { aws_s3_bucket: { data: { bucket: '${var.bucket_name}', count: '${var.replicas}' }, logs: { bucket: '${local.logs}' } } },
    });
    expect(doc.resources.map((r) => [r.values.bucket, r.count])).toEqual([
      ['acme-data', 2],
      ['acme-data-logs', 1],
    ]);
  });

  it('keeps a variable without a default or value unknown, and given values win over defaults', () => {
    const resource = { resource: { aws_vpc: { v: { tags: { region: '${var.region}', bucket: '${var.bucket_name}' } } } } };
    expect(parseTerraform({ ...json, ...resource }).resources[0].values.tags).toEqual({ region: '${var.region}', bucket: 'acme-data' });
    const given = parseTerraform({ ...json, ...resource }, 'main.tf.json', { variables: { region: 'eu-west-1', bucket_name: 'other' } });
    expect(given.resources[0].values.tags).toEqual({ region: 'eu-west-1', bucket: 'other' });
  });
});

describe('moduleScope', () => {
  it('evaluates a local on first use and leaves a cycle unknown', () => {
    const scope = moduleScope({ variables: [], locals: [{ name: 'a', value: '${local.b}' }, { name: 'b', value: '${local.a}' }, { name: 'c', value: 'x' }] });
    expect(scope.local('c')).toBe('x');
    expect(scope.local('missing')).toBeUndefined();
    expect(JSON.stringify(scope.local('a'))).toContain('local.');
  });
});

describe('convertToType', () => {
  it('converts as Terraform does for primitive types and parses collection text given on the command line', () => {
    expect(convertToType('3', 'number')).toBe(3);
    expect(convertToType('true', 'bool')).toBe(true);
    expect(convertToType(7, 'string')).toBe('7');
    expect(convertToType('["a", "b"]', 'list(string)')).toEqual(['a', 'b']);
    expect(convertToType('{ env = "prod" }', 'map(string)')).toEqual({ env: 'prod' });
    expect(convertToType('not a number', 'number')).toBe('not a number');
    expect(convertToType('x', undefined)).toBe('x');
  });
});

describe('a module split over files', () => {
  it('resolves variables and locals declared in one file and used in another once merged', () => {
    const main = parseTerraform({ resource: { aws_s3_bucket: { b: { bucket: '${local.name}' } } } }, 'main.tf.json');
    const vars = parseTerraform({ variable: { env: {} }, locals: { name: 'acme-${var.env}' } }, 'variables.tf.json', { variables: { env: 'prod' } });
    expect(main.resources[0].values.bucket).toBe('${local.name}');
    expect(mergeDocuments([main, vars]).resources[0].values.bucket).toBe('acme-prod');
  });
});
