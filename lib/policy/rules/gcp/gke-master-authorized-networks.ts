import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { cidrsAt, isOpenCidr } from '../../private/cidr';
import { controlPlanePrivate } from '../../private/gke';
import { GOOGLE } from '../../private/providers';
import { block, blocks } from '../../../terraform-json';

/** The control plane is private, or public only to authorized networks. */
export const gkeMasterAuthorizedNetworks = defineRule(__filename, {
  description: 'GKE control planes are private or limited to authorized networks',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set private_cluster_config.enable_private_endpoint = true, or master_authorized_networks_config with cidr_blocks of your networks (never 0.0.0.0/0)',
  understands: [
    { form: 'google_container_cluster.private_cluster_config.enable_private_endpoint', providers: GOOGLE },
    { form: 'google_container_cluster.master_authorized_networks_config.cidr_blocks.cidr_block', providers: GOOGLE },
    // google docs: "Whether Kubernetes master is accessible via Google Compute Engine Public IPs".
    { form: 'master_authorized_networks_config.gcp_public_cidrs_access_enabled (true admits every GCE public IP)', providers: 'google 4.45–7.x' },
    { form: 'control_plane_endpoints_config.ip_endpoints_config.enabled = false (DNS endpoint only)', providers: 'google 6.27–7.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      if (controlPlanePrivate(gke.values)) return undefined;
      const config = block(gke.values, 'master_authorized_networks_config');
      if (!config) return 'public control plane open to any address (no master_authorized_networks_config)';
      if (flag(config, 'gcp_public_cidrs_access_enabled') === true) return 'gcp_public_cidrs_access_enabled admits every Compute Engine public IP';
      const cidrs = blocks(config, 'cidr_blocks').flatMap((c) => cidrsAt(c, 'cidr_block'));
      return cidrs.some(isOpenCidr) ? 'authorized networks include 0.0.0.0/0' : undefined;
    }),
});
