import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { JsonSchemaValidator } from './json-schema';

// The validator is only as good as its agreement with the schema's own test suite: SchemaStore's examples for
// github-workflow.json, vendored beside it (test/fixtures/schemastore/SOURCE.md).
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'schemastore');
const schema = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'github-workflow.json'), 'utf8')) as Record<string, unknown>;
const validator = new JsonSchemaValidator(schema);
const examples = (kind: 'valid' | 'invalid') => fs.readdirSync(path.join(FIXTURES, 'github-workflow', kind)).sort();
const load = (kind: 'valid' | 'invalid', file: string): unknown => parse(fs.readFileSync(path.join(FIXTURES, 'github-workflow', kind, file), 'utf8'));

describe('JsonSchemaValidator on SchemaStore github-workflow.json', () => {
  it('has the schema and its examples', () => {
    expect(schema.$id).toBe('https://json.schemastore.org/github-workflow.json');
    expect(examples('valid').length).toBeGreaterThan(30);
    expect(examples('invalid').length).toBeGreaterThan(15);
  });

  it.each(examples('valid'))('accepts SchemaStore example %s', (file) => {
    expect(validator.validate(load('valid', file))).toEqual([]);
  });

  it.each(examples('invalid'))('rejects SchemaStore negative example %s', (file) => {
    expect(validator.validate(load('invalid', file)).length).toBeGreaterThan(0);
  });
});

describe('JsonSchemaValidator keywords', () => {
  const v = (schema: Record<string, unknown>, value: unknown) => new JsonSchemaValidator(schema).validate(value);

  it('names where and why a value does not match', () => {
    const schema = {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', pattern: '^[a-z]+$' }, n: { $ref: '#/definitions/small' } },
      additionalProperties: false,
      definitions: { small: { type: 'integer', maximum: 3 } },
    };
    expect(v(schema, { name: 'ok', n: 2 })).toEqual([]);
    expect(v(schema, { name: 'Not ok', n: 5, extra: true })).toEqual([
      { path: '/name', message: 'must match ^[a-z]+$' },
      { path: '/n', message: 'must be <= 3' },
      { path: '/extra', message: "property 'extra' is not allowed" },
    ]);
    expect(v(schema, {})).toEqual([{ path: '', message: "must have property 'name'" }]);
  });

  it('applies oneOf exactly, anyOf, not, if/then/else and tuples', () => {
    expect(v({ oneOf: [{ type: 'number' }, { type: 'integer' }] }, 1)).toEqual([{ path: '', message: 'must match exactly one schema of oneOf (matches 2)' }]);
    expect(v({ anyOf: [{ type: 'string' }, { type: 'null' }] }, 1)).toHaveLength(1);
    expect(v({ not: { type: 'string' } }, 'x')).toHaveLength(1);
    expect(v({ if: { properties: { a: { const: 1 } } }, then: { required: ['b'] } }, { a: 1 })).toEqual([{ path: '', message: "must have property 'b'" }]);
    expect(v({ items: [{ type: 'string' }], additionalItems: false }, ['a', 1])).toEqual([{ path: '/1', message: 'no value is allowed here' }]);
  });
});
