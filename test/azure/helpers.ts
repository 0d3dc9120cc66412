import type { TenantInput } from '../../lib/model/tenant';
import { TerraformJson, synthTenant, tenantOf } from '../util';

/** An Azure tenant in westeurope (zones 1, 2, 3), fitted to a built-in tier. */
export function azureTenant(input: Partial<TenantInput> & { tier: string }) {
  return tenantOf({ cloud: 'azure', region: 'westeurope', ...input });
}

/** Synthesized JSON of an Azure tenant stack in westeurope. */
export function synthAzure(input: Partial<TenantInput> & { tier: string }): TerraformJson {
  return synthTenant({ cloud: 'azure', region: 'westeurope', ...input });
}

/** The JSON text of an Azure tenant stack, for cdktf's matchers. */
export function synthAzureText(input: Partial<TenantInput> & { tier: string }): string {
  return JSON.stringify(synthAzure(input));
}

/** A runner VNet with the shared Private Link zones, as tenants/_platform.yaml gives it. */
export const AZURE_RUNNER = {
  virtualNetworkId: '/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/platform-network/providers/Microsoft.Network/virtualNetworks/runners',
  privateDnsZoneIds: {
    vault: '/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/platform-network/providers/Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net',
    blob: '/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/platform-network/providers/Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net',
    redis: '/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/platform-network/providers/Microsoft.Network/privateDnsZones/privatelink.redis.cache.windows.net',
  },
};
