import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { cidrsAt, isOpenCidr } from '../../private/cidr';
import { GOOGLE } from '../../private/providers';
import { blockAt, blocks } from '../../../terraform-json';

/** A Cloud SQL instance is private only if it has no public IPv4 address and no internet-wide authorized network. */
export const sqlPrivateIp = defineRule(__filename, {
  description: 'Cloud SQL instances have no public IP',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set settings.ip_configuration { ipv4_enabled = false, private_network = <network id> } and remove 0.0.0.0/0 authorized_networks',
  understands: [{ form: 'settings.ip_configuration { ipv4_enabled (default true), authorized_networks.value }', providers: GOOGLE }],
  check: (doc) =>
    checkEach(doc, 'google_sql_database_instance', (sql) => {
      const ip = blockAt(sql.values, 'settings.ip_configuration');
      if (blocks(ip, 'authorized_networks').some((n) => cidrsAt(n, 'value').some(isOpenCidr))) return 'authorized_networks admits 0.0.0.0/0';
      return flag(ip, 'ipv4_enabled') === false ? undefined : 'has a public IPv4 address (ipv4_enabled defaults to true)';
    }),
});
