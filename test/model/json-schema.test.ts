import * as fs from 'fs';
import { tenantJsonSchema } from '../../lib/model/json-schema';

describe('tenant JSON Schema', () => {
  it('is generated, not hand-edited: schema/tenant.schema.json matches the zod schema (run npm run schema)', () => {
    const committed = JSON.parse(fs.readFileSync('schema/tenant.schema.json', 'utf8'));
    expect(committed).toEqual(tenantJsonSchema());
  });

  it('describes the required fields and closes the object', () => {
    const schema = tenantJsonSchema() as { required: string[]; additionalProperties: boolean; properties: Record<string, { enum?: string[] }> };
    expect(schema.required).toEqual(['id', 'tier', 'cloud', 'region']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.cloud.enum).toEqual(['aws', 'azure', 'gcp']);
  });
});
