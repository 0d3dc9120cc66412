import { openIngressOf } from '../../private/security-groups';
import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { AWS } from '../../private/providers';
import { resolveReference, strings } from '../../../terraform-json';

/**
 * A database is private only if nothing makes it public: no public IP (publicly_accessible) and no attached
 * security group open to the internet. Cross-resource.
 */
export const rdsNotPublic = defineRule(__filename, {
  description: 'RDS databases have no public IP and no security group open to the internet',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set publicly_accessible = false and remove 0.0.0.0/0 ingress from the database security groups',
  understands: [
    { form: 'aws_db_instance / aws_rds_cluster_instance .publicly_accessible', providers: AWS },
    { form: 'vpc_security_group_ids -> aws_security_group ingress, aws_security_group_rule, aws_vpc_security_group_ingress_rule', providers: AWS },
  ],
  check: (doc) =>
    checkEach(doc, ['aws_db_instance', 'aws_rds_cluster_instance'], (db) => {
      if (flag(db.values, 'publicly_accessible') === true) return 'publicly_accessible = true gives the database a public IP';
      // Groups outside this configuration (an id given as a literal or a variable) are not read.
      const groups = strings(db.values.vpc_security_group_ids).map((id) => resolveReference(doc, db, id));
      const open = groups.flatMap((g) => (g?.type === 'aws_security_group' ? openIngressOf(doc, g) : []));
      return open.length === 0 ? undefined : `security group allows ${open.join('; ')}`;
    }),
});
