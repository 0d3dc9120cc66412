import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { AWS } from '../../private/providers';

/** RDS keeps a synchronous standby in a second zone and fails over to it. */
export const rdsMultiAz = defineRule(__filename, {
  description: 'RDS instances run Multi-AZ',
  category: 'high-availability',
  severity: 'warning',
  fix: 'Set multi_az = true (tier availability.zoneResilient)',
  understands: [{ form: 'aws_db_instance.multi_az', providers: AWS }],
  check: (doc) =>
    checkEach(doc, 'aws_db_instance', (db) => (flag(db.values, 'multi_az') === true ? undefined : 'single-AZ database (multi_az is off)')),
});
