import { synthAzure } from './helpers';

describe('azurePlatformBuilder', () => {
  // Blocker 5. The storage accounts refuse public network access; azurerm 4.x reads an account's data plane (blob
  // service properties) on refresh unless the provider feature storage.data_plane_available is false, when it works
  // through Azure Resource Manager only (azurerm 4.40 provider docs, features block; the account resource refuses
  // queue_properties and static_website then, which the platform does not set).
  it('keeps azurerm off the storage data plane, so refreshing a private account does not get 403', () => {
    const [provider] = synthAzure({ tier: 'premium' }).provider!.azurerm as { features: { storage: unknown }[]; storage_use_azuread: boolean }[];
    expect(provider.features[0].storage).toEqual([{ data_plane_available: false }]);
    expect(provider.storage_use_azuread).toBe(true);
  });
});
