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
import { VirtualNetworkPeering } from '@cdktf/provider-azurerm/lib/virtual-network-peering';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { cidrSubnetText } from '../model/cidr';
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

export const AZURE_DEFAULT_ADDRESS_PLAN: AzureAddressPlan = azureAddressPlan('10.20.0.0/16');

/**
 * The VNet ranges of an address block: the VNet is the block; nodes take its first sixteenth (a /20 of a /16),
 * the delegated database subnet and the private endpoints the next two /24s. Pods and services of Azure CNI overlay
 * are outside the VNet (CLOUD_RESERVED_RANGES.azure keeps blocks clear of them).
 */
export function azureAddressPlan(block: string): AzureAddressPlan {
  return {
    vnet: block,
    nodes: cidrSubnetText(block, 4, 0),
    database: cidrSubnetText(block, 8, 16),
    endpoints: cidrSubnetText(block, 8, 17),
  };
}

/** The runner network a VNet is connected to: peered, with the shared Private Link zones the runner resolves. */
export interface AzureRunnerNetwork {
  /** Ranges Terraform connects from: admitted to the API server, the database (with databaseFromRunners) and the endpoints. */
  readonly cidrs: readonly string[];
  /** The runner's VNet, peered both ways. @default - no peering (a VPN or another route reaches the VNet) */
  readonly virtualNetworkId?: string;
  /** Shared Private Link zones, used instead of zones of the tenant's own. @default - zones of the tenant's own */
  readonly privateDnsZoneIds?: Readonly<Partial<Record<Exclude<PrivateZone, 'postgres'>, string>>>;
}

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
  /** Where Terraform runs. @default - nowhere named: only the VNet reaches the private endpoints */
  readonly runner?: AzureRunnerNetwork;
  /** Admit the runner networks to PostgreSQL too: Terraform runs SQL there (a pool's provisioning). @default false */
  readonly databaseFromRunners?: boolean;
}

/** The parts of an Azure resource id: `/subscriptions/<s>/resourceGroups/<rg>/providers/<ns>/<type>/<name>`. */
export function azureResourceIdParts(id: string): { readonly resourceGroupName: string; readonly name: string } {
  const match = /\/resourceGroups\/([^/]+)\/providers\/[^/]+\/[^/]+\/([^/]+)$/i.exec(id);
  if (!match) throw new Error(`'${id}' is not an Azure resource id`);
  return { resourceGroupName: match[1], name: match[2] };
}

/**
 * The tenant's VNet: a node subnet with a NAT gateway for egress (no default outbound access anywhere), a subnet
 * delegated to PostgreSQL Flexible Server, a private-endpoint subnet, a network security group on each that admits
 * only the nodes (and the runner networks, on what Terraform calls) to the database and cache, and the private DNS
 * zones of the data services, linked to the VNet. With a runner VNet: peering both ways, the shared Private Link
 * zones instead of the tenant's own (a VNet links to one zone of each name), and the PostgreSQL zone linked to it.
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
  /** What Terraform's calls from the runner wait for: the peering both ways and the DNS links. */
  readonly runnerPath: ITerraformDependable[] = [];
  private readonly zoneIds = new Map<PrivateZone, string>();
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

    const runners = [...(props.runner?.cidrs ?? [])];
    const fromRunners = (priority: number, ruleName: string, destination: string, port: string): SecurityRule[] =>
      runners.length > 0 ? [allowFrom(priority, ruleName, runners, destination, port)] : [];
    // The API server of a private cluster is a private endpoint in the node subnet.
    this.securityGroup('nodes', this.nodeSubnet, name, context, [...fromRunners(100, 'kubernetes-api-from-runners', plan.nodes, HTTPS_PORT)]);
    this.securityGroup('database', this.databaseSubnet, name, context, [
      allow(100, 'postgres-from-nodes', plan.nodes, plan.database, POSTGRES_PORT),
      // High availability replicates between the primary and the standby inside the subnet.
      allow(110, 'postgres-within-subnet', plan.database, plan.database, '*'),
      ...(props.databaseFromRunners ? fromRunners(120, 'postgres-from-runners', plan.database, POSTGRES_PORT) : []),
      denyVnetInbound(),
    ]);
    this.securityGroup('endpoints', this.endpointSubnet, name, context, [
      allow(100, 'redis-from-nodes', plan.nodes, plan.endpoints, REDIS_TLS_PORT),
      // The nodes reach Key Vault and Blob over HTTPS; Terraform from the runner networks creates keys there.
      allow(110, 'https-from-nodes', plan.nodes, plan.endpoints, HTTPS_PORT),
      ...fromRunners(120, 'https-from-runners', plan.endpoints, HTTPS_PORT),
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
    const shared = props.runner?.privateDnsZoneIds ?? {};
    let postgresZone: PrivateDnsZone | undefined;
    for (const [zone, zoneName] of Object.entries(zoneNames) as [PrivateZone, string][]) {
      const sharedId = zone === 'postgres' ? undefined : shared[zone];
      let where: { readonly resourceGroupName: string; readonly name: string };
      if (sharedId) {
        // A shared zone lives in the hub's resource group: the link to this VNet goes there too.
        where = azureResourceIdParts(sharedId);
        this.zoneIds.set(zone, sharedId);
      } else {
        const dns = new PrivateDnsZone(this, `${zone}-zone`, { name: zoneName, resourceGroupName: context.resourceGroup.name, tags: context.tags });
        where = { resourceGroupName: context.resourceGroup.name, name: dns.name };
        this.zoneIds.set(zone, dns.id);
        if (zone === 'postgres') postgresZone = dns;
      }
      this.links.set(
        zone,
        new PrivateDnsZoneVirtualNetworkLink(this, `${zone}-zone-link`, {
          name: `${name}-${zone}`,
          resourceGroupName: where.resourceGroupName,
          privateDnsZoneName: where.name,
          virtualNetworkId: this.vnet.id,
          registrationEnabled: false,
          tags: context.tags,
        }),
      );
    }

    const runnerVnet = props.runner?.virtualNetworkId;
    if (runnerVnet) {
      const hub = azureResourceIdParts(runnerVnet);
      this.runnerPath.push(
        new VirtualNetworkPeering(this, 'to-runners', {
          name: `${name}-to-runners`,
          resourceGroupName: context.resourceGroup.name,
          virtualNetworkName: this.vnet.name,
          remoteVirtualNetworkId: runnerVnet,
          allowVirtualNetworkAccess: true,
          allowForwardedTraffic: false,
        }),
        new VirtualNetworkPeering(this, 'from-runners', {
          name: `runners-to-${name}`,
          resourceGroupName: hub.resourceGroupName,
          virtualNetworkName: hub.name,
          remoteVirtualNetworkId: this.vnet.id,
          allowVirtualNetworkAccess: true,
          allowForwardedTraffic: false,
        }),
        // The runner resolves the server's own zone (the shared Private Link zones are linked to it by their owner).
        new PrivateDnsZoneVirtualNetworkLink(this, 'postgres-zone-runner-link', {
          name: `${name}-postgres-runners`,
          resourceGroupName: context.resourceGroup.name,
          privateDnsZoneName: postgresZone!.name,
          virtualNetworkId: runnerVnet,
          registrationEnabled: false,
          tags: context.tags,
        }),
      );
    }
  }

  /** The id of the private DNS zone of `zone` (the tenant's own, or the shared one). */
  dnsZoneId(zone: PrivateZone): string {
    return this.zoneIds.get(zone)!;
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

function allowFrom(priority: number, name: string, sources: readonly string[], destination: string, port: string): SecurityRule {
  return { ...allow(priority, name, sources[0], destination, port), sourceAddressPrefix: undefined, sourceAddressPrefixes: [...sources] };
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
