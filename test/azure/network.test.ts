import { NatGateway } from '@cdktf/provider-azurerm/lib/nat-gateway';
import { NetworkSecurityRule } from '@cdktf/provider-azurerm/lib/network-security-rule';
import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { FLEET_SETTINGS, resourcesOf, synthTenant } from '../util';
import { AZURE_RUNNER, synthAzure } from './helpers';

describe('AzureNetwork', () => {
  const json = synthAzure({ tier: 'premium' });
  const text = JSON.stringify(json);

  it('builds a VNet with node, delegated database and private-endpoint subnets, none with default outbound access', () => {
    expect(text).toHaveResourceWithProperties(VirtualNetwork, { name: 'acme-vnet', address_space: ['10.20.0.0/16'], location: 'westeurope' });
    expect(text).toHaveResourceWithProperties(Subnet, {
      name: 'database',
      delegation: [expect.objectContaining({ service_delegation: expect.objectContaining({ name: 'Microsoft.DBforPostgreSQL/flexibleServers' }) })],
    });
    expect(text).toHaveResourceWithProperties(Subnet, { name: 'endpoints', private_endpoint_network_policies: 'Enabled' });
    for (const subnet of resourcesOf(json, 'azurerm_subnet')) expect(subnet.default_outbound_access_enabled).toBe(false);
  });

  it('sends node egress through a NAT gateway', () => {
    expect(text).toHaveResourceWithProperties(NatGateway, { name: 'acme-nat', sku_name: 'Standard' });
    const association = resourcesOf(json, 'azurerm_subnet_nat_gateway_association');
    expect(association).toHaveLength(1);
    expect(association[0].subnet_id).toContain('nodes-subnet');
  });

  it('admits only the nodes to PostgreSQL and Redis and denies the rest of the VNet', () => {
    expect(text).toHaveResourceWithProperties(NetworkSecurityRule, {
      name: 'postgres-from-nodes',
      access: 'Allow',
      source_address_prefix: '10.20.0.0/20',
      destination_port_range: '5432',
    });
    expect(text).toHaveResourceWithProperties(NetworkSecurityRule, { name: 'redis-from-nodes', destination_port_range: '6380' });
    const denies = resourcesOf(json, 'azurerm_network_security_rule').filter((r) => r.access === 'Deny');
    expect(denies).toHaveLength(2);
    expect(resourcesOf(json, 'azurerm_subnet_network_security_group_association')).toHaveLength(3);
  });

  it('links private DNS zones for PostgreSQL, Redis, Blob and Key Vault to the VNet', () => {
    expect(text).toHaveResourceWithProperties(PrivateDnsZone, { name: 'acme.private.postgres.database.azure.com' });
    for (const zone of ['privatelink.redis.cache.windows.net', 'privatelink.blob.core.windows.net', 'privatelink.vaultcore.azure.net']) {
      expect(text).toHaveResourceWithProperties(PrivateDnsZone, { name: zone });
    }
    expect(resourcesOf(json, 'azurerm_private_dns_zone_virtual_network_link')).toHaveLength(4);
  });

  describe('in a fleet: its address block, the runner VNet and the shared Private Link zones', () => {
    const fleet = synthTenant(
      { cloud: 'azure', region: 'westeurope', tier: 'premium' },
      { settings: { ...FLEET_SETTINGS, runners: { ...FLEET_SETTINGS.runners, azure: AZURE_RUNNER } }, addressBlock: '10.130.0.0/16' },
    );
    const rules = resourcesOf(fleet, 'azurerm_network_security_rule');

    // Blocker 7: every tenant reused 10.20.0.0/16, so one runner network could reach one tenant only.
    it('cuts the VNet and its subnets from the tenant\'s address block', () => {
      expect(resourcesOf(fleet, 'azurerm_virtual_network')[0].address_space).toEqual(['10.130.0.0/16']);
      const subnets = Object.fromEntries(resourcesOf(fleet, 'azurerm_subnet').map((s) => [s.name, s.address_prefixes]));
      expect(subnets).toEqual({ nodes: ['10.130.0.0/20'], database: ['10.130.16.0/24'], endpoints: ['10.130.17.0/24'] });
    });

    // Blocker 7: the NSGs admitted the node subnet only. The runner reaches the private API server (in the node subnet)
    // and the Key Vault and Blob endpoints on 443.
    it('admits the runner networks to the API server and the private endpoints on 443', () => {
      const fromRunners = rules.filter((r) => JSON.stringify(r.source_address_prefixes) === '["172.31.0.0/20"]');
      expect(fromRunners.map((r) => [r.name, r.destination_address_prefix, r.destination_port_range]).sort()).toEqual([
        ['https-from-runners', '10.130.17.0/24', '443'],
        ['kubernetes-api-from-runners', '10.130.0.0/20', '443'],
      ]);
      // The VirtualNetwork tag (every peered network) no longer reaches the endpoints: nodes and runners only.
      expect(rules.filter((r) => r.source_address_prefix === 'VirtualNetwork' && r.access === 'Allow')).toEqual([]);
    });

    // azurerm virtual_network_peering: a peering is one direction; both are needed for traffic to flow.
    it('peers the VNet with the runner VNet, both ways', () => {
      const peerings = resourcesOf(fleet, 'azurerm_virtual_network_peering').sort((a, b) => String(a.name).localeCompare(String(b.name)));
      expect(peerings.map((p) => [p.name, p.resource_group_name, p.virtual_network_name, p.remote_virtual_network_id])).toEqual([
        ['acme-to-runners', expect.stringContaining('azurerm_resource_group'), expect.stringContaining('azurerm_virtual_network'), AZURE_RUNNER.virtualNetworkId],
        ['runners-to-acme', 'platform-network', 'runners', expect.stringContaining('azurerm_virtual_network')],
      ]);
    });

    // Azure DNS: a VNet links to one private zone of a given name, so the runner VNet cannot link every tenant's own
    // privatelink zone; tenants register in the shared zones (and link them to their own VNet), and only the server's
    // per-tenant PostgreSQL zone is linked to the runner VNet.
    it('registers endpoints in the shared Private Link zones and links the PostgreSQL zone to the runner VNet', () => {
      expect(resourcesOf(fleet, 'azurerm_private_dns_zone').map((z) => z.name)).toEqual(['acme.private.postgres.database.azure.com']);
      const links = resourcesOf(fleet, 'azurerm_private_dns_zone_virtual_network_link').map((l) => [l.private_dns_zone_name, l.resource_group_name, String(l.virtual_network_id)]);
      expect(links).toEqual(
        expect.arrayContaining([
          ['privatelink.vaultcore.azure.net', 'platform-network', expect.stringContaining('azurerm_virtual_network')],
          [expect.stringContaining('azurerm_private_dns_zone'), expect.stringContaining('azurerm_resource_group'), AZURE_RUNNER.virtualNetworkId],
        ]),
      );
      const vaultEndpoints = resourcesOf(fleet, 'azurerm_private_endpoint').filter((e) => JSON.stringify(e).includes('"vault"'));
      for (const e of vaultEndpoints) expect((e.private_dns_zone_group as { private_dns_zone_ids: string[] }).private_dns_zone_ids).toEqual([AZURE_RUNNER.privateDnsZoneIds.vault]);
    });
  });
});
