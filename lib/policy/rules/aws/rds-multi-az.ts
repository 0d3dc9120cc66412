import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** RDS keeps a synchronous standby in a second zone and fails over to it. */
export const rdsMultiAz = defineRule(__filename, {
  description: 'RDS instances run Multi-AZ',
  category: 'high-availability',
  severity: 'warning',
  fix: 'Set multi_az = true (tier availability.zoneResilient)',
  check: (doc) =>
    checkEach(doc, 'aws_db_instance', (db) => (isTrue(db.values.multi_az) ? undefined : 'single-AZ database (multi_az is off)')),
});
