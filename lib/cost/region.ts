import type { Cloud } from '../model/enums';
import { TerraformDocument, TerraformResource, UNKNOWN, Unknown, isUnresolved, providerOf } from '../terraform-json';

/** The cloud a resource type belongs to, by its provider prefix; undefined for other providers. */
export function cloudOfType(type: string): Cloud | undefined {
  if (type.startsWith('aws_')) return 'aws';
  if (type.startsWith('azurerm_')) return 'azure';
  if (type.startsWith('google_')) return 'gcp';
  return undefined;
}

/** GCP region or zone names: `europe-west1`, `us-central1-a`. */
const GCP_LOCATION = /^([a-z]+-[a-z]+\d+)(-[a-z])?$/;

function text(value: unknown): string | undefined | Unknown {
  if (isUnresolved(value)) return UNKNOWN;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The region that prices a resource:
 * - AWS: the resource's `region` argument (AWS provider 6), else its provider's `region`;
 * - Azure: the resource's `location` (`West Europe` is read as `westeurope`); for resources without one (a key, an
 *   alert rule with location `global`), the location of the document's other Azure resources;
 * - GCP: the resource's `region`, else its `location` when that is a region or zone, else its provider's `region`
 *   (or the region of the provider's `zone`).
 */
export function regionOf(resource: TerraformResource, cloud: Cloud, doc: TerraformDocument): string | undefined | Unknown {
  const provider = providerOf(doc, resource)?.values ?? {};
  switch (cloud) {
    case 'aws':
      return text(resource.values.region) ?? text(provider.region);
    case 'azure': {
      const location = azureLocation(resource.values.location);
      if (location !== undefined) return location;
      return documentAzureLocation(doc);
    }
    case 'gcp': {
      const own = text(resource.values.region);
      if (own !== undefined) return own;
      const location = text(resource.values.location);
      if (location === UNKNOWN) return UNKNOWN;
      const fromLocation = location === undefined ? undefined : GCP_LOCATION.exec(location)?.[1];
      if (fromLocation) return fromLocation;
      const region = text(provider.region);
      if (region !== undefined) return region;
      const zone = text(provider.zone);
      return typeof zone === 'string' ? (GCP_LOCATION.exec(zone)?.[1] ?? zone) : zone;
    }
  }
}

/** The first Azure location of a document's resources, found once per document (asked for every resource without one). */
const AZURE_LOCATIONS = new WeakMap<TerraformDocument, string | undefined>();
function documentAzureLocation(doc: TerraformDocument): string | undefined {
  if (AZURE_LOCATIONS.has(doc)) return AZURE_LOCATIONS.get(doc);
  let location: string | undefined;
  for (const other of doc.resources) {
    const found = other.type.startsWith('azurerm_') ? azureLocation(other.values.location) : undefined;
    if (typeof found === 'string') {
      location = found;
      break;
    }
  }
  AZURE_LOCATIONS.set(doc, location);
  return location;
}

/** An Azure location in its ARM form (`West Europe` -> `westeurope`); `global` counts as none. */
function azureLocation(value: unknown): string | undefined | Unknown {
  const location = text(value);
  if (typeof location !== 'string') return location;
  const arm = location.toLowerCase().replace(/\s+/g, '');
  return arm === 'global' ? undefined : arm;
}
