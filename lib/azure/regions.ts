/**
 * The paired region of each region in lib/model/regions.ts (Azure's cross-region replication pairs): geo-redundant
 * PostgreSQL backups and GZRS storage copy there, and the geo-backup key must live there.
 */
export const AZURE_PAIRED_REGIONS: Readonly<Record<string, string>> = {
  eastus: 'westus',
  eastus2: 'centralus',
  westus2: 'westcentralus',
  westus3: 'eastus',
  centralus: 'eastus2',
  canadacentral: 'canadaeast',
  northeurope: 'westeurope',
  westeurope: 'northeurope',
  germanywestcentral: 'germanynorth',
  francecentral: 'francesouth',
  swedencentral: 'swedensouth',
  uksouth: 'ukwest',
  southeastasia: 'eastasia',
  australiaeast: 'australiasoutheast',
  japaneast: 'japanwest',
};

/**
 * The paired region of `region`.
 * @throws Error when the region has no pair listed.
 */
export function pairedRegion(region: string): string {
  const pair = AZURE_PAIRED_REGIONS[region];
  if (!pair) throw new Error(`no paired region known for Azure region '${region}'; add it to AZURE_PAIRED_REGIONS`);
  return pair;
}
