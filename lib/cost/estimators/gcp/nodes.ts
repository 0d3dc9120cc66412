import { asNumber, asString, attribute, block, isUnresolved, referencedResource, type TerraformDocument, type TerraformResource } from '../../../terraform-json';

/** A regional GKE cluster without node_locations runs its node pools in three zones. */
export const GKE_REGIONAL_DEFAULT_ZONES = 3;
/** GKE's machine type when node_config names none. */
export const GKE_DEFAULT_MACHINE_TYPE = 'e2-medium';
/** GKE node boot disk when node_config names none: 100 GB pd-balanced. */
export const GKE_DEFAULT_DISK_GB = 100;
export const GKE_DEFAULT_DISK_TYPE = 'pd-balanced';

/** `us-central1-a` is a zone; `us-central1` a region. */
const ZONE = /^[a-z]+-[a-z]+\d+-[a-z]$/;

/**
 * Zones a node pool runs in: its own node_locations, else its cluster's node_locations, else 3 for a regional
 * location and 1 for a zonal one. Undefined when the location is an unresolved reference.
 */
export function gkeZones(pool: TerraformResource | undefined, cluster: TerraformResource | undefined): number | undefined {
  for (const r of [pool, cluster]) {
    const locations = r?.values.node_locations;
    if (Array.isArray(locations) && locations.length > 0) return locations.length;
  }
  const location = [pool?.values.location, cluster?.values.location].find((l) => typeof l === 'string');
  if (location === undefined || isUnresolved(location)) return undefined;
  return ZONE.test(location as string) ? 1 : GKE_REGIONAL_DEFAULT_ZONES;
}

/** The cluster a node pool belongs to (`cluster = "${google_container_cluster.main.name}"` or its name). */
export function clusterOf(doc: TerraformDocument, pool: TerraformResource): TerraformResource | undefined {
  return referencedResource(doc, pool.values.cluster, 'google_container_cluster', pool.module);
}

/** Nodes a pool runs in total, or undefined when a count is unresolved: per-zone count x zones, or the total minimum. */
export function gkePoolNodes(doc: TerraformDocument, pool: TerraformResource): number | undefined {
  const v = pool.values;
  const totalMin = asNumber(attribute(v, 'autoscaling.total_min_node_count'));
  if (typeof totalMin === 'number') return totalMin;
  const perZone = [attribute(v, 'node_count'), attribute(v, 'autoscaling.min_node_count'), attribute(v, 'initial_node_count')]
    .map(asNumber)
    .find((n) => n !== undefined);
  if (typeof perZone === 'symbol') return undefined;
  const zones = gkeZones(pool, clusterOf(doc, pool));
  return zones === undefined ? undefined : (perZone ?? 1) * zones;
}

/** Nodes in a cluster's default pool: 0 when it is removed or the cluster is Autopilot. */
export function gkeDefaultPoolNodes(cluster: TerraformResource): number | undefined {
  const v = cluster.values;
  if (v.remove_default_node_pool === true || v.enable_autopilot === true) return 0;
  const perZone = asNumber(attribute(v, 'initial_node_count'));
  if (typeof perZone === 'symbol') return undefined;
  const zones = gkeZones(undefined, cluster);
  return zones === undefined ? undefined : (perZone ?? 1) * zones;
}

/** Machine type and boot disk of a `node_config` block, with GKE's defaults. */
export function gkeNodeConfig(values: Record<string, unknown>): { machineType: string; diskGb: number; diskType: string } | undefined {
  const config = block(values, 'node_config') ?? {};
  const machineType = asString(config.machine_type) ?? GKE_DEFAULT_MACHINE_TYPE;
  const diskGb = asNumber(config.disk_size_gb) ?? GKE_DEFAULT_DISK_GB;
  const diskType = asString(config.disk_type) ?? GKE_DEFAULT_DISK_TYPE;
  if (isUnresolved(config.machine_type) || isUnresolved(config.disk_size_gb) || isUnresolved(config.disk_type)) return undefined;
  return { machineType: String(machineType), diskGb: Number(diskGb), diskType: String(diskType) };
}
