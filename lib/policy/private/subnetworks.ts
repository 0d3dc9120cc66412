import { text } from '../read';
import type { TerraformResource } from '../../terraform-json';

/**
 * Subnetwork purposes for Envoy proxies, not VMs (google_compute_subnetwork `purpose`; INTERNAL_HTTPS_LOAD_BALANCER is
 * the older name, documented up to google 4.x). Flow logging "isn't supported" for them (`log_config`).
 */
const PROXY_PURPOSES = ['REGIONAL_MANAGED_PROXY', 'GLOBAL_MANAGED_PROXY', 'INTERNAL_HTTPS_LOAD_BALANCER'];

/**
 * The subnetwork's purpose, `PRIVATE` for VM subnetworks: unset means PRIVATE, and google 5.x-6.x documented the same
 * purpose as `PRIVATE_RFC_1918` ("If unspecified, the purpose defaults to PRIVATE_RFC_1918").
 */
export function subnetPurpose(subnet: TerraformResource): string {
  const purpose = text(subnet.values, 'purpose') ?? 'PRIVATE';
  return purpose === 'PRIVATE_RFC_1918' ? 'PRIVATE' : purpose;
}

/** True for a proxy-only subnetwork. */
export function isProxyOnly(subnet: TerraformResource): boolean {
  return PROXY_PURPOSES.includes(subnetPurpose(subnet));
}
