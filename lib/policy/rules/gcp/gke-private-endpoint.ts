import { checkEach, defineRule } from '../../rule';
import { controlPlanePrivate } from '../../private/gke';
import { GOOGLE } from '../../private/providers';

/** The control plane has only a private endpoint. */
export const gkePrivateEndpoint = defineRule(__filename, {
  description: 'GKE control planes have a private endpoint only',
  category: 'private-endpoint',
  severity: 'warning',
  fix: 'Set private_cluster_config.enable_private_endpoint = true (tier cluster.privateEndpointOnly)',
  understands: [
    { form: 'google_container_cluster.private_cluster_config.enable_private_endpoint', providers: GOOGLE },
    { form: 'control_plane_endpoints_config { ip_endpoints_config.enabled = false, dns_endpoint_config.allow_external_traffic }', providers: 'google 6.27–7.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => (controlPlanePrivate(gke.values) ? undefined : 'the control plane has a public endpoint')),
});
