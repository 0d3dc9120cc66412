import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** Nodes without public IPs reach Google APIs privately. */
export const subnetworkPrivateGoogleAccess = defineRule(__filename, {
  description: 'Subnetworks enable Private Google Access',
  category: 'network-policy',
  severity: 'error',
  fix: 'Set private_ip_google_access = true on the google_compute_subnetwork',
  check: (doc) =>
    checkEach(doc, 'google_compute_subnetwork', (s) => (isTrue(s.values.private_ip_google_access) ? undefined : 'Private Google Access is off')),
});
