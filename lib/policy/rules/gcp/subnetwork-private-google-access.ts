import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { GOOGLE } from '../../private/providers';
import { subnetPurpose } from '../../private/subnetworks';

/** Nodes without public IPs reach Google APIs privately. */
export const subnetworkPrivateGoogleAccess = defineRule(__filename, {
  description: 'Subnetworks enable Private Google Access',
  category: 'network-policy',
  severity: 'error',
  fix: 'Set private_ip_google_access = true on the google_compute_subnetwork',
  understands: [
    { form: 'google_compute_subnetwork.private_ip_google_access', providers: GOOGLE },
    // google docs: Private Google Access lets "VMs in this subnetwork" reach Google APIs; subnetworks of any purpose but
    // PRIVATE hold proxies, NAT ranges or published services, not VMs.
    { form: 'purpose other than PRIVATE / PRIVATE_RFC_1918 (no VMs: exempt)', providers: GOOGLE },
  ],
  check: (doc) =>
    checkEach(doc, 'google_compute_subnetwork', (s) => {
      if (subnetPurpose(s) !== 'PRIVATE') return undefined;
      return flag(s.values, 'private_ip_google_access') === true ? undefined : 'Private Google Access is off';
    }),
});
