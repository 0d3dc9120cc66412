// Writes schema/tenant.schema.json from the zod tenant schema. Run: npm run schema
import * as fs from 'fs';
import * as path from 'path';
import { tenantJsonSchema } from '../lib/model/json-schema';

const target = path.join(__dirname, '..', 'schema', 'tenant.schema.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, `${JSON.stringify(tenantJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
