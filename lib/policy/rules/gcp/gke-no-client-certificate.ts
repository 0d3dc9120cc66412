import { checkEach, defineRule } from '../../rule';
import { get, isSet, isTrue } from '../../../terraform-json';

/** No static credentials: no client certificate and no basic-auth user for the cluster. */
export const gkeNoClientCertificate = defineRule(__filename, {
  description: 'GKE clusters issue no client certificate or basic-auth credentials',
  category: 'identity',
  severity: 'error',
  fix: 'Set master_auth { client_certificate_config { issue_client_certificate = false } } and remove username/password',
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      if (isTrue(get(gke.values, 'master_auth.client_certificate_config.issue_client_certificate'))) return 'issues a static client certificate';
      return isSet(get(gke.values, 'master_auth.password')) ? 'basic authentication is configured' : undefined;
    }),
});
