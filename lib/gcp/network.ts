import { ComputeFirewall } from '@cdktf/provider-google/lib/compute-firewall';
import { ComputeGlobalAddress } from '@cdktf/provider-google/lib/compute-global-address';
import { ComputeNetwork } from '@cdktf/provider-google/lib/compute-network';
import { ComputeRouter } from '@cdktf/provider-google/lib/compute-router';
import { ComputeRouterNat } from '@cdktf/provider-google/lib/compute-router-nat';
import { ComputeSubnetwork } from '@cdktf/provider-google/lib/compute-subnetwork';
import { ServiceNetworkingConnection } from '@cdktf/provider-google/lib/service-networking-connection';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { cidrSubnetText, parseCidr } from '../model/cidr';
import { SpecError } from '../model/errors';

/** Address ranges of a tenant VPC. They must not overlap each other or networks peered with the VPC. */
export interface GcpAddressPlan {
  /** Primary range of the subnetwork: node IPs (4,096). */
  readonly nodes: string;
  /** Secondary range for pod IPs: a /14 gives 1,024 nodes x 110 pods (GKE's default /24 per node). */
  readonly pods: string;
  /** Secondary range for Service cluster IPs (4,096). */
  readonly services: string;
  /** The GKE control plane's private range: exactly a /28. */
  readonly controlPlane: string;
  /** Range reserved for private services access (Cloud SQL, Memorystore), as `address/prefix`. */
  readonly privateServices: string;
}

export const GCP_DEFAULT_ADDRESS_PLAN: GcpAddressPlan = {
  nodes: '10.0.0.0/20',
  services: '10.0.16.0/20',
  pods: '10.4.0.0/14',
  controlPlane: '172.16.0.0/28',
  privateServices: '10.8.0.0/16',
};

/** The widest and narrowest address blocks a GCP footprint is cut from. */
const GCP_BLOCK_PREFIXES = { widest: 12, narrowest: 18 } as const;

/**
 * Every range of a GCP footprint, cut from its address block, so nothing overlaps another tenant's or the runners':
 * the upper half holds pod addresses (a /17 of a /16: 128 nodes at GKE's /24 per node for 110 pods), and sixteenths
 * of the lower half the nodes, the Service addresses, private services access (Cloud SQL and Memorystore; a /20, above
 * the /24 minimum) and the control plane's /28.
 * @throws SpecError for a block wider than /12 or narrower than /18.
 */
export function gcpAddressPlan(block: string): GcpAddressPlan {
  const { prefix } = parseCidr(block);
  if (prefix < GCP_BLOCK_PREFIXES.widest || prefix > GCP_BLOCK_PREFIXES.narrowest) {
    throw new SpecError(
      `GCP address block ${block}: give GCP blocks of /${GCP_BLOCK_PREFIXES.widest} to /${GCP_BLOCK_PREFIXES.narrowest} (addressPlan.gcp.blockPrefix in tenants/_platform.yaml)`,
    );
  }
  const sixteenth = (n: number) => cidrSubnetText(block, 4, n);
  return {
    nodes: sixteenth(0),
    services: sixteenth(1),
    privateServices: sixteenth(2),
    controlPlane: cidrSubnetText(sixteenth(3), 28 - (prefix + 4), 0),
    pods: cidrSubnetText(block, 1, 1),
  };
}

/** Secondary range names the cluster's ip_allocation_policy refers to. */
export const PODS_RANGE = 'pods';
export const SERVICES_RANGE = 'services';

export interface GcpNetworkProps {
  /** Name prefix, e.g. the tenant id. */
  readonly name: string;
  /** Region of the subnetwork, router and NAT. */
  readonly region: string;
  /** Address ranges. @default GCP_DEFAULT_ADDRESS_PLAN */
  readonly addressPlan?: GcpAddressPlan;
  /** VPC flow logs on the subnetwork, and logging on the deny-all firewall rule. @default true */
  readonly flowLogs?: boolean;
  /** Resources to create first (the Compute Engine and Service Networking APIs). @default [] */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * A custom-mode VPC with one regional subnetwork for GKE (pod and service secondary ranges, Private Google
 * Access, flow logs), Cloud NAT for egress from private nodes, a logged default-deny for ingress, and private
 * services access (VPC peering) so Cloud SQL and Memorystore get private IPs only.
 */
export class GcpNetwork extends Construct {
  readonly network: ComputeNetwork;
  readonly subnetwork: ComputeSubnetwork;
  readonly router: ComputeRouter;
  readonly nat: ComputeRouterNat;
  readonly privateServicesRange: ComputeGlobalAddress;
  /** Cloud SQL and Memorystore wait for this peering. */
  readonly privateServicesConnection: ServiceNetworkingConnection;
  readonly addressPlan: GcpAddressPlan;

  constructor(scope: Construct, id: string, props: GcpNetworkProps) {
    super(scope, id);
    const plan = props.addressPlan ?? GCP_DEFAULT_ADDRESS_PLAN;
    this.addressPlan = plan;
    const flowLogs = props.flowLogs ?? true;

    this.network = new ComputeNetwork(this, 'vpc', {
      name: `${props.name}-vpc`,
      description: `${props.name} tenant network`,
      autoCreateSubnetworks: false,
      routingMode: 'REGIONAL',
      dependsOn: props.dependsOn,
    });

    this.subnetwork = new ComputeSubnetwork(this, 'nodes', {
      name: `${props.name}-nodes`,
      description: `${props.name} GKE nodes, pods and services`,
      network: this.network.id,
      region: props.region,
      ipCidrRange: plan.nodes,
      secondaryIpRange: [
        { rangeName: PODS_RANGE, ipCidrRange: plan.pods },
        { rangeName: SERVICES_RANGE, ipCidrRange: plan.services },
      ],
      privateIpGoogleAccess: true,
      logConfig: flowLogs
        ? { aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 0.5, metadata: 'INCLUDE_ALL_METADATA' }
        : undefined,
    });

    // Lowest-priority explicit deny: GCP already denies ingress implicitly, but an explicit rule can be logged.
    new ComputeFirewall(this, 'deny-all-ingress', {
      name: `${props.name}-deny-all-ingress`,
      description: 'Deny all ingress not allowed by a higher-priority rule (GKE adds its own allows)',
      network: this.network.id,
      direction: 'INGRESS',
      priority: 65534,
      sourceRanges: ['0.0.0.0/0'],
      deny: [{ protocol: 'all' }],
      logConfig: flowLogs ? { metadata: 'INCLUDE_ALL_METADATA' } : undefined,
    });

    this.router = new ComputeRouter(this, 'router', {
      name: `${props.name}-router`,
      network: this.network.id,
      region: props.region,
    });
    this.nat = new ComputeRouterNat(this, 'nat', {
      name: `${props.name}-nat`,
      router: this.router.name,
      region: props.region,
      natIpAllocateOption: 'AUTO_ONLY',
      sourceSubnetworkIpRangesToNat: 'ALL_SUBNETWORKS_ALL_IP_RANGES',
      logConfig: { enable: true, filter: 'ERRORS_ONLY' },
    });

    const [address, prefix] = plan.privateServices.split('/');
    this.privateServicesRange = new ComputeGlobalAddress(this, 'private-services-range', {
      name: `${props.name}-private-services`,
      description: 'Private services access: Cloud SQL and Memorystore',
      network: this.network.id,
      purpose: 'VPC_PEERING',
      addressType: 'INTERNAL',
      address,
      prefixLength: Number(prefix),
    });
    this.privateServicesConnection = new ServiceNetworkingConnection(this, 'private-services', {
      network: this.network.id,
      service: 'servicenetworking.googleapis.com',
      reservedPeeringRanges: [this.privateServicesRange.name],
      // Removing the peering fails while Cloud SQL still holds it; abandon it with the network instead.
      deletionPolicy: 'ABANDON',
    });
  }
}
