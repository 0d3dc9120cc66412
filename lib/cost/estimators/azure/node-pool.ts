import type { EstimatorContext } from '../../context';
import type { CostComponent } from '../../model';

/** AKS OS disk size when `os_disk_size_gb` is absent. */
export const AKS_DEFAULT_OS_DISK_GB = 128;

/** Premium SSD tiers, smallest first: a disk is billed as the smallest tier that holds it. */
const PREMIUM_DISK_TIERS: readonly (readonly [number, string])[] = [
  [32, 'P4'],
  [64, 'P6'],
  [128, 'P10'],
  [256, 'P15'],
  [512, 'P20'],
  [1024, 'P30'],
  [2048, 'P40'],
  [4096, 'P50'],
];

/** The Premium SSD tier that bills a disk of `gb` GiB. */
export function premiumDiskTier(gb: number): string {
  return (PREMIUM_DISK_TIERS.find(([size]) => size >= gb) ?? PREMIUM_DISK_TIERS[PREMIUM_DISK_TIERS.length - 1])[1];
}

/**
 * An AKS node pool's lines: vm_size x node count (node_count, else min_count, else 1), plus a managed Premium SSD
 * OS disk per node unless the OS disk is ephemeral. `prefix` is `default_node_pool.` inside a cluster.
 */
export function aksNodePoolLines(ctx: EstimatorContext, prefix: string): (CostComponent | undefined)[] {
  const vmSize = ctx.string(`${prefix}vm_size`);
  const nodes = ctx.firstNumber([`${prefix}node_count`, `${prefix}min_count`], 1);
  const diskType = ctx.string(`${prefix}os_disk_type`, 'Managed');
  const diskGb = ctx.number(`${prefix}os_disk_size_gb`, AKS_DEFAULT_OS_DISK_GB);
  if (ctx.unknowns.length > 0 || vmSize === undefined || nodes === undefined || diskGb === undefined) return [];
  const lines = [ctx.hourly(`Nodes (${nodes} x ${vmSize})`, nodes, 'vm', vmSize)];
  if (diskType !== 'Ephemeral') {
    const tier = premiumDiskTier(diskGb);
    lines.push(ctx.line(`OS disks (${nodes} x ${tier}, ${diskGb} GiB)`, nodes, 'disk-months', 'managed-disk-premium', tier));
  }
  return lines;
}
