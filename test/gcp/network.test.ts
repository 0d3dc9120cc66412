import { ComputeFirewall } from '@cdktf/provider-google/lib/compute-firewall';
import { ComputeGlobalAddress } from '@cdktf/provider-google/lib/compute-global-address';
import { ComputeNetwork } from '@cdktf/provider-google/lib/compute-network';
import { ComputeRouterNat } from '@cdktf/provider-google/lib/compute-router-nat';
import { ComputeSubnetwork } from '@cdktf/provider-google/lib/compute-subnetwork';
import { ServiceNetworkingConnection } from '@cdktf/provider-google/lib/service-networking-connection';
import { gcpAddressPlan } from '../../lib/gcp/network';
import { onlyResource, synthTenant } from '../util';
import { synthGcp } from './helpers';

describe('GcpNetwork', () => {
  const premium = synthGcp({ tier: 'premium' });
  const text = JSON.stringify(premium);

  it('is a custom-mode VPC', () => {
    expect(text).toHaveResourceWithProperties(ComputeNetwork, { name: 'acme-vpc', auto_create_subnetworks: false, routing_mode: 'REGIONAL' });
  });

  it('gives the subnetwork pod and service ranges, Private Google Access and flow logs (enhanced)', () => {
    expect(text).toHaveResourceWithProperties(ComputeSubnetwork, {
      name: 'acme-nodes',
      region: 'europe-west1',
      ip_cidr_range: '10.0.0.0/20',
      private_ip_google_access: true,
      secondary_ip_range: [
        { range_name: 'pods', ip_cidr_range: '10.4.0.0/14' },
        { range_name: 'services', ip_cidr_range: '10.0.16.0/20' },
      ],
      log_config: { aggregation_interval: 'INTERVAL_5_SEC', flow_sampling: 0.5, metadata: 'INCLUDE_ALL_METADATA' },
    });
  });

  it('has no flow logs below enhanced', () => {
    const free = synthGcp({ tier: 'free' });
    expect(onlyResource(free, 'google_compute_subnetwork').log_config).toBeUndefined();
  });

  it('sends private nodes out through Cloud NAT', () => {
    expect(text).toHaveResourceWithProperties(ComputeRouterNat, {
      nat_ip_allocate_option: 'AUTO_ONLY',
      source_subnetwork_ip_ranges_to_nat: 'ALL_SUBNETWORKS_ALL_IP_RANGES',
      log_config: { enable: true, filter: 'ERRORS_ONLY' },
    });
  });

  it('denies and logs all other ingress', () => {
    expect(text).toHaveResourceWithProperties(ComputeFirewall, {
      direction: 'INGRESS',
      priority: 65534,
      deny: [{ protocol: 'all' }],
      log_config: { metadata: 'INCLUDE_ALL_METADATA' },
    });
  });

  it('peers with Google services for private Cloud SQL and Memorystore', () => {
    expect(text).toHaveResourceWithProperties(ComputeGlobalAddress, {
      purpose: 'VPC_PEERING',
      address_type: 'INTERNAL',
      address: '10.8.0.0',
      prefix_length: 16,
    });
    expect(text).toHaveResourceWithProperties(ServiceNetworkingConnection, {
      service: 'servicenetworking.googleapis.com',
      reserved_peering_ranges: [expect.stringContaining('google_compute_global_address')],
    });
  });

  // Blocker 7: every GCP tenant used the same ranges (10.0.0.0/20 nodes, 172.16.0.0/28 control plane...), so one
  // runner network could not reach two. Every range is cut from the tenant's block; GKE takes /24 of pod addresses per
  // node at 110 pods (GKE docs, flexible pod CIDR), the control plane exactly a /28, private services access at least
  // a /24 (Cloud SQL docs, configure-private-services-access).
  it('cuts every range of a footprint from its address block, none overlapping', () => {
    expect(gcpAddressPlan('10.192.0.0/16')).toEqual({
      nodes: '10.192.0.0/20',
      services: '10.192.16.0/20',
      privateServices: '10.192.32.0/20',
      controlPlane: '10.192.48.0/28',
      pods: '10.192.128.0/17',
    });
    expect(gcpAddressPlan('10.200.0.0/14').pods).toBe('10.202.0.0/15');
    expect(() => gcpAddressPlan('10.192.0.0/20')).toThrow(/give GCP blocks of \/12 to \/18 \(addressPlan.gcp.blockPrefix/);
    const json = synthTenant({ cloud: 'gcp', region: 'europe-west1', tier: 'premium' }, { addressBlock: '10.193.0.0/16' });
    const subnetwork = onlyResource(json, 'google_compute_subnetwork');
    expect(subnetwork.ip_cidr_range).toBe('10.193.0.0/20');
    expect(subnetwork.secondary_ip_range).toEqual([
      { range_name: 'pods', ip_cidr_range: '10.193.128.0/17' },
      { range_name: 'services', ip_cidr_range: '10.193.16.0/20' },
    ]);
    expect(onlyResource(json, 'google_compute_global_address')).toEqual(expect.objectContaining({ address: '10.193.32.0', prefix_length: 20 }));
    expect((onlyResource(json, 'google_container_cluster').private_cluster_config as { master_ipv4_cidr_block: string }).master_ipv4_cidr_block).toBe('10.193.48.0/28');
  });
});
