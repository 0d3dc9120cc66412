import { openIngressOf } from '../../private/security-groups';
import { checkEach, defineRule } from '../../rule';
import { isTrue, resolveReference, strings } from '../../../terraform-json';

/**
 * A database is private only if nothing makes it public: no public IP (publicly_accessible) and no attached
 * security group open to the internet. Cross-resource.
 */
export const rdsNotPublic = defineRule(__filename, {
  description: 'RDS databases have no public IP and no security group open to the internet',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set publicly_accessible = false and remove 0.0.0.0/0 ingress from the database security groups',
  check: (doc) =>
    checkEach(doc, ['aws_db_instance', 'aws_rds_cluster_instance'], (db) => {
      if (isTrue(db.values.publicly_accessible)) return 'publicly_accessible = true gives the database a public IP';
      const groups = strings(db.values.vpc_security_group_ids).map((id) => resolveReference(doc, db, id));
      const open = groups.flatMap((g) => (g?.type === 'aws_security_group' ? openIngressOf(doc, g) : []));
      return open.length === 0 ? undefined : `security group allows ${open.join('; ')}`;
    }),
});
