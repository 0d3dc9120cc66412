import type { Cloud } from './enums';

/**
 * Regions each cloud offers, with the zone suffixes this library spreads subnets over. Zones are static
 * (not a data source) so that plans need no API call; suffixes follow each provider's published list
 * (e.g. AWS ap-northeast-1 has no zone `b` for new accounts).
 */
export const REGIONS: Record<Cloud, Readonly<Record<string, readonly string[]>>> = {
  aws: {
    'us-east-1': ['a', 'b', 'c', 'd', 'f'],
    'us-east-2': ['a', 'b', 'c'],
    'us-west-1': ['a', 'c'],
    'us-west-2': ['a', 'b', 'c', 'd'],
    'ca-central-1': ['a', 'b', 'd'],
    'eu-west-1': ['a', 'b', 'c'],
    'eu-west-2': ['a', 'b', 'c'],
    'eu-west-3': ['a', 'b', 'c'],
    'eu-central-1': ['a', 'b', 'c'],
    'eu-central-2': ['a', 'b', 'c'],
    'eu-north-1': ['a', 'b', 'c'],
    'eu-south-1': ['a', 'b', 'c'],
    'ap-southeast-1': ['a', 'b', 'c'],
    'ap-southeast-2': ['a', 'b', 'c'],
    'ap-northeast-1': ['a', 'c', 'd'],
    'ap-northeast-2': ['a', 'b', 'c', 'd'],
    'ap-south-1': ['a', 'b', 'c'],
    'sa-east-1': ['a', 'b', 'c'],
  },
  azure: {
    eastus: ['1', '2', '3'],
    eastus2: ['1', '2', '3'],
    westus2: ['1', '2', '3'],
    westus3: ['1', '2', '3'],
    centralus: ['1', '2', '3'],
    canadacentral: ['1', '2', '3'],
    northeurope: ['1', '2', '3'],
    westeurope: ['1', '2', '3'],
    germanywestcentral: ['1', '2', '3'],
    francecentral: ['1', '2', '3'],
    swedencentral: ['1', '2', '3'],
    uksouth: ['1', '2', '3'],
    southeastasia: ['1', '2', '3'],
    australiaeast: ['1', '2', '3'],
    japaneast: ['1', '2', '3'],
  },
  gcp: {
    'us-central1': ['a', 'b', 'c', 'f'],
    'us-east1': ['b', 'c', 'd'],
    'us-east4': ['a', 'b', 'c'],
    'us-west1': ['a', 'b', 'c'],
    'northamerica-northeast1': ['a', 'b', 'c'],
    'europe-west1': ['b', 'c', 'd'],
    'europe-west2': ['a', 'b', 'c'],
    'europe-west3': ['a', 'b', 'c'],
    'europe-west4': ['a', 'b', 'c'],
    'europe-north1': ['a', 'b', 'c'],
    'asia-southeast1': ['a', 'b', 'c'],
    'asia-northeast1': ['a', 'b', 'c'],
    'australia-southeast1': ['a', 'b', 'c'],
  },
};

/**
 * Regions inside the EU/EEA (plus the UK and Switzerland, which hold EU adequacy decisions). Azure's list includes
 * the paired regions of its EU tenant regions (germanynorth, francesouth, swedensouth, ukwest): geo-redundant backups
 * and their key vault live there, in the same country.
 */
export const EU_REGIONS: Readonly<Record<Cloud, readonly string[]>> = {
  aws: ['eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1'],
  azure: ['northeurope', 'westeurope', 'germanywestcentral', 'francecentral', 'swedencentral', 'uksouth', 'germanynorth', 'francesouth', 'swedensouth', 'ukwest'],
  gcp: ['europe-west1', 'europe-west2', 'europe-west3', 'europe-west4', 'europe-north1'],
};

/** True when the cloud offers the region. */
export function isKnownRegion(cloud: Cloud, region: string): boolean {
  return Object.prototype.hasOwnProperty.call(REGIONS[cloud], region);
}

/** The first `count` zones of a region, as the cloud names them (`us-east-1a`, `1`, `europe-west1-b`). */
export function zonesOf(cloud: Cloud, region: string, count: number): string[] {
  const suffixes = REGIONS[cloud][region];
  if (!suffixes) throw new Error(`unknown ${cloud} region '${region}'`);
  const picked = suffixes.slice(0, Math.min(count, suffixes.length));
  switch (cloud) {
    case 'aws':
      return picked.map((s) => `${region}${s}`);
    case 'gcp':
      return picked.map((s) => `${region}-${s}`);
    case 'azure':
      return [...picked];
  }
}
