import { checkEach, defineRule } from '../../rule';
import { configured, flag } from '../../read';
import { GOOGLE } from '../../private/providers';

/** No static credentials: no client certificate and no basic-auth user for the cluster. */
export const gkeNoClientCertificate = defineRule(__filename, {
  description: 'GKE clusters issue no client certificate or basic-auth credentials',
  category: 'identity',
  severity: 'error',
  fix: 'Set master_auth { client_certificate_config { issue_client_certificate = false } } and remove username/password',
  understands: [
    { form: 'google_container_cluster.master_auth.client_certificate_config.issue_client_certificate', providers: GOOGLE },
    // google 4.0 upgrade guide: "master_auth.username and master_auth.password are now removed".
    { form: 'google_container_cluster.master_auth.password (basic authentication)', providers: 'google 3.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      if (flag(gke.values, 'master_auth.client_certificate_config.issue_client_certificate') === true) return 'issues a static client certificate';
      return configured(gke.values, 'master_auth.password') ? 'basic authentication is configured' : undefined;
    }),
});
