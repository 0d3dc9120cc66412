import { NatGateway } from '@cdktf/provider-azurerm/lib/nat-gateway';
import { NetworkSecurityRule } from '@cdktf/provider-azurerm/lib/network-security-rule';
import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { resourcesOf } from '../util';
import { synthAzure } from './helpers';

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
});
