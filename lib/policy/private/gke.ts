import { flag } from '../read';
import type { Json } from '../../terraform-json';

/**
 * Whether a GKE control plane can be reached only privately: `private_cluster_config.enable_private_endpoint`, or
 * (google 6.27+) no IP endpoint at all (`control_plane_endpoints_config.ip_endpoints_config.enabled = false`) and a
 * DNS endpoint that refuses traffic from outside Google Cloud (`dns_endpoint_config.allow_external_traffic`).
 */
export function controlPlanePrivate(cluster: Json): boolean {
  if (flag(cluster, 'private_cluster_config.enable_private_endpoint') === true) return true;
  const ipEndpoint = flag(cluster, 'control_plane_endpoints_config.ip_endpoints_config.enabled') ?? true;
  return !ipEndpoint && flag(cluster, 'control_plane_endpoints_config.dns_endpoint_config.allow_external_traffic') !== true;
}
