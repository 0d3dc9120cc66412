import { NatGateway } from '@cdktf/provider-azurerm/lib/nat-gateway';
import { NatGatewayPublicIpAssociation } from '@cdktf/provider-azurerm/lib/nat-gateway-public-ip-association';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { NetworkSecurityRule } from '@cdktf/provider-azurerm/lib/network-security-rule';
import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { PrivateDnsZoneVirtualNetworkLink } from '@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link';
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { SubnetNatGatewayAssociation } from '@cdktf/provider-azurerm/lib/subnet-nat-gateway-association';
import { SubnetNetworkSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/subnet-network-security-group-association';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { Construct } from 'constructs';
import type { AzureResourceContext } from './resource-context';

/** Address ranges of the tenant's VNet. Pods (Azure CNI overlay) and services use ranges outside the VNet. */
export interface AzureAddressPlan {
  readonly vnet: string;
  /** AKS nodes (one address per node with overlay). */
  readonly nodes: string;
  /** PostgreSQL Flexible Server, delegated. */
  readonly database: string;
  /** Private endpoints (Redis, Storage, Key Vault). */
  readonly endpoints: string;
}

export const AZURE_DEFAULT_ADDRESS_PLAN: AzureAddressPlan = {
  vnet: '10.20.0.0/16',
  nodes: '10.20.0.0/20',
  database: '10.20.16.0/24',
  endpoints: '10.20.17.0/24',
};

/** Private DNS zones the platform's private endpoints and servers register in. */
export type PrivateZone = 'postgres' | 'redis' | 'blob' | 'vault';
/** Private Link zone names, as Azure documents them (PostgreSQL's is per server, below). */
const PRIVATE_LINK_ZONES: Readonly<Record<Exclude<PrivateZone, 'postgres'>, string>> = {
  redis: 'privatelink.redis.cache.windows.net',
  blob: 'privatelink.blob.core.windows.net',
  vault: 'privatelink.vaultcore.azure.net',
};

const POSTGRES_PORT = '5432';
/** Azure Cache for Redis TLS port. */
const REDIS_TLS_PORT = '6380';
const HTTPS_PORT = '443';

export interface AzureNetworkProps {
  /** Name prefix. */
  readonly name: string;
  readonly context: AzureResourceContext;
  /** Address ranges. @default AZURE_DEFAULT_ADDRESS_PLAN */
  readonly addressPlan?: AzureAddressPlan;
}

/**
 * The tenant's VNet: a node subnet with a NAT gateway for egress (no default outbound access anywhere), a subnet
 * delegated to PostgreSQL Flexible Server, a private-endpoint subnet, a network security group on each that admits
 * only the nodes to the database and cache, and the private DNS zones of the data services, linked to the VNet.
 */
export class AzureNetwork extends Construct {
  readonly addressPlan: AzureAddressPlan;
  readonly vnet: VirtualNetwork;
  readonly nodeSubnet: Subnet;
  readonly databaseSubnet: Subnet;
  readonly endpointSubnet: Subnet;
  readonly natGateway: NatGateway;
  /** NAT gateway association of the node subnet: AKS (outbound type userAssignedNATGateway) must wait for it. */
  readonly nodeEgress: SubnetNatGatewayAssociation;
  private readonly zones = new Map<PrivateZone, PrivateDnsZone>();
  private readonly links = new Map<PrivateZone, PrivateDnsZoneVirtualNetworkLink>();

  constructor(scope: Construct, id: string, props: AzureNetworkProps) {
    super(scope, id);
    const { context, name } = props;
    const plan = props.addressPlan ?? AZURE_DEFAULT_ADDRESS_PLAN;
    this.addressPlan = plan;
    this.vnet = new VirtualNetwork(this, 'vnet', { ...context.placement, name: `${name}-vnet`, addressSpace: [plan.vnet] });
    const subnet = (subnetId: string, prefix: string, extra: Partial<ConstructorParameters<typeof Subnet>[2]> = {}) =>
      new Subnet(this, `${subnetId}-subnet`, {
        name: subnetId,
        resourceGroupName: context.resourceGroup.name,
        virtualNetworkName: this.vnet.name,
        addressPrefixes: [prefix],
        defaultOutboundAccessEnabled: false,
        ...extra,
      });
    this.nodeSubnet = subnet('nodes', plan.nodes);
    this.databaseSubnet = subnet('database', plan.database, {
      delegation: [
        {
          name: 'postgresql-flexible-server',
          serviceDelegation: {
            name: 'Microsoft.DBforPostgreSQL/flexibleServers',
            actions: ['Microsoft.Network/virtualNetworks/subnets/join/action'],
          },
        },
      ],
    });
    // Network policies on: the endpoints subnet's NSG then applies to private endpoint traffic.
    this.endpointSubnet = subnet('endpoints', plan.endpoints, { privateEndpointNetworkPolicies: 'Enabled' });

    this.securityGroup('nodes', this.nodeSubnet, name, context, []);
    this.securityGroup('database', this.databaseSubnet, name, context, [
      allow(100, 'postgres-from-nodes', plan.nodes, plan.database, POSTGRES_PORT),
      // High availability replicates between the primary and the standby inside the subnet.
      allow(110, 'postgres-within-subnet', plan.database, plan.database, '*'),
      denyVnetInbound(),
    ]);
    this.securityGroup('endpoints', this.endpointSubnet, name, context, [
      allow(100, 'redis-from-nodes', plan.nodes, plan.endpoints, REDIS_TLS_PORT),
      // Nodes, and a deployer in the VNet or a peered one, reach Key Vault and Blob over HTTPS.
      allow(110, 'https-from-vnet', 'VirtualNetwork', plan.endpoints, HTTPS_PORT),
      denyVnetInbound(),
    ]);

    const ip = new PublicIp(this, 'nat-ip', {
      ...context.placement,
      name: `${name}-nat-ip`,
      allocationMethod: 'Static',
      sku: 'Standard',
    });
    this.natGateway = new NatGateway(this, 'nat', { ...context.placement, name: `${name}-nat`, skuName: 'Standard' });
    new NatGatewayPublicIpAssociation(this, 'nat-ip-association', { natGatewayId: this.natGateway.id, publicIpAddressId: ip.id });
    this.nodeEgress = new SubnetNatGatewayAssociation(this, 'nodes-nat', {
      subnetId: this.nodeSubnet.id,
      natGatewayId: this.natGateway.id,
    });

    const zoneNames: Record<PrivateZone, string> = { ...PRIVATE_LINK_ZONES, postgres: `${name}.private.postgres.database.azure.com` };
    for (const [zone, zoneName] of Object.entries(zoneNames) as [PrivateZone, string][]) {
      const dns = new PrivateDnsZone(this, `${zone}-zone`, {
        name: zoneName,
        resourceGroupName: context.resourceGroup.name,
        tags: context.tags,
      });
      this.zones.set(zone, dns);
      this.links.set(
        zone,
        new PrivateDnsZoneVirtualNetworkLink(this, `${zone}-zone-link`, {
          name: `${name}-${zone}`,
          resourceGroupName: context.resourceGroup.name,
          privateDnsZoneName: dns.name,
          virtualNetworkId: this.vnet.id,
          registrationEnabled: false,
          tags: context.tags,
        }),
      );
    }
  }

  /** The private DNS zone of `zone`. */
  dnsZone(zone: PrivateZone): PrivateDnsZone {
    return this.zones.get(zone)!;
  }

  /** The VNet link of `zone`: a server that registers in the zone must wait for it. */
  dnsZoneLink(zone: PrivateZone): PrivateDnsZoneVirtualNetworkLink {
    return this.links.get(zone)!;
  }

  private securityGroup(
    id: string,
    subnet: Subnet,
    name: string,
    context: AzureResourceContext,
    rules: SecurityRule[],
  ): NetworkSecurityGroup {
    // Separate rule resources: the inline security_rule list is an attribute whose every field Terraform requires.
    const nsg = new NetworkSecurityGroup(this, `${id}-nsg`, { ...context.placement, name: `${name}-${id}-nsg` });
    for (const rule of rules) {
      new NetworkSecurityRule(this, `${id}-nsg-${rule.name}`, {
        ...rule,
        resourceGroupName: context.resourceGroup.name,
        networkSecurityGroupName: nsg.name,
      });
    }
    new SubnetNetworkSecurityGroupAssociation(this, `${id}-nsg-association`, { subnetId: subnet.id, networkSecurityGroupId: nsg.id });
    return nsg;
  }
}

type SecurityRule = Omit<ConstructorParameters<typeof NetworkSecurityRule>[2], 'resourceGroupName' | 'networkSecurityGroupName'>;

function allow(priority: number, name: string, source: string, destination: string, port: string): SecurityRule {
  return {
    name,
    priority,
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    sourceAddressPrefix: source,
    sourcePortRange: '*',
    destinationAddressPrefix: destination,
    destinationPortRange: port,
  };
}

/** Overrides Azure's AllowVnetInBound (65000): only the rules above admit traffic from the VNet. */
function denyVnetInbound(): SecurityRule {
  return {
    name: 'deny-vnet-inbound',
    priority: 4000,
    direction: 'Inbound',
    access: 'Deny',
    protocol: '*',
    sourceAddressPrefix: 'VirtualNetwork',
    sourcePortRange: '*',
    destinationAddressPrefix: '*',
    destinationPortRange: '*',
  };
}
