import type { EstimatorContext } from '../../context';
import type { CostComponent } from '../../model';
import { gkeNodeConfig } from './nodes';

/** A GKE pool's lines: `nodes` x machine type per hour, plus one boot disk per node. */
export function gkeNodeLines(ctx: EstimatorContext, label: string, nodes: number): (CostComponent | undefined)[] {
  const config = gkeNodeConfig(ctx.resource.values);
  if (!config) return [ctx.unknown('node_config')];
  const { machineType, diskGb, diskType } = config;
  return [
    ctx.hourly(`${label} (${nodes} x ${machineType})`, nodes, 'compute', machineType),
    ctx.line(`${label} boot disks (${nodes} x ${diskGb} GB ${diskType})`, nodes * diskGb, 'GB-months', 'persistent-disk', diskType),
  ];
}
