import { z } from 'zod';
import { TenantSchema } from './tenant';

/**
 * JSON Schema (draft 2020-12) of a tenant file, generated from the zod schema, for editor completion and
 * checking (`# yaml-language-server: $schema=../schema/tenant.schema.json`). Cross-field checks (region of the
 * cloud, tier bounds) happen only in the library.
 */
export function tenantJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(TenantSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://github.com/tenant-templates/tenant-templates/schema/tenant.schema.json',
    title: 'tenant-templates tenant file',
    description: 'One tenant: id, tier, cloud, region, compliance frameworks, overrides within the tier bounds, tags, backend, suppressions.',
  };
}
