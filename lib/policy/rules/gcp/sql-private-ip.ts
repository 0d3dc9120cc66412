import { checkEach, defineRule } from '../../rule';
import { blockAt, blocks, isFalse } from '../../../terraform-json';
import { isOpenCidr } from '../../private/cidr';

/** A Cloud SQL instance is private only if it has no public IPv4 address and no internet-wide authorized network. */
export const sqlPrivateIp = defineRule(__filename, {
  description: 'Cloud SQL instances have no public IP',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set settings.ip_configuration { ipv4_enabled = false, private_network = <network id> } and remove 0.0.0.0/0 authorized_networks',
  check: (doc) =>
    checkEach(doc, 'google_sql_database_instance', (sql) => {
      const ip = blockAt(sql.values, 'settings.ip_configuration');
      const open = blocks(ip, 'authorized_networks').filter((n) => isOpenCidr(String(n.value)));
      if (open.length > 0) return 'authorized_networks admits 0.0.0.0/0';
      return isFalse(ip?.ipv4_enabled) ? undefined : 'has a public IPv4 address (ipv4_enabled defaults to true)';
    }),
});
