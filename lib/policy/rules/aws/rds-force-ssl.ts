import { checkEach, defineRule } from '../../rule';
import { blocks, resolveReference } from '../../../terraform-json';

/** Parameters that make the engine refuse unencrypted connections: PostgreSQL and MySQL/MariaDB. */
const FORCE_TLS: Record<string, readonly string[]> = { 'rds.force_ssl': ['1'], require_secure_transport: ['1', 'ON', 'on'] };

/** RDS refuses connections without TLS, through its parameter group. Cross-resource. */
export const rdsForceSsl = defineRule(__filename, {
  description: 'RDS parameter groups force TLS (rds.force_ssl = 1 or require_secure_transport = ON)',
  category: 'encryption-in-transit',
  severity: 'error',
  fix: 'Attach an aws_db_parameter_group with parameter { name = "rds.force_ssl", value = "1" } (MySQL: require_secure_transport = ON)',
  check: (doc) =>
    checkEach(doc, 'aws_db_instance', (db) => {
      const group = resolveReference(doc, db, db.values.parameter_group_name);
      if (!group || group.type !== 'aws_db_parameter_group') return 'no aws_db_parameter_group of this stack is attached';
      const forced = blocks(group.values, 'parameter').some((p) => FORCE_TLS[String(p.name)]?.includes(String(p.value)));
      return forced ? undefined : `parameter group ${group.address} does not force TLS`;
    }),
});
