import { resourcesOfType } from '../../../terraform-json';
import type { Estimator } from '../../context';
import { gkeDefaultPoolNodes, gkePoolNodes } from './nodes';

/** Cloud NAT charges per VM up to this many VMs, then a flat per-gateway price. */
export const CLOUD_NAT_PER_VM_LIMIT = 32;

/**
 * Cloud NAT: per VM-hour for the VMs using it (the GKE nodes in the document), capped at the per-gateway price
 * above 32 VMs; plus data processed (usage-based, when an assumption is given).
 */
export const googleComputeRouterNat: Estimator = (ctx) => {
  let vms = 0;
  for (const r of resourcesOfType(ctx.document, ['google_container_node_pool', 'google_container_cluster'])) {
    const n =
      r.type === 'google_container_node_pool'
        ? gkePoolNodes(ctx.document, r)
        : r.type === 'google_container_cluster'
          ? gkeDefaultPoolNodes(r)
          : 0;
    if (n === undefined) return [ctx.unknown('node count of a GKE node pool using this NAT')];
    vms += n;
  }
  const lines =
    vms > CLOUD_NAT_PER_VM_LIMIT
      ? [ctx.hourly(`NAT gateway (${vms} VMs, per-gateway maximum)`, 1, 'cloud-nat', 'max-per-gateway')]
      : [ctx.hourly(`NAT gateway (${vms} VMs)`, vms, 'cloud-nat', 'per-vm')];
  if (ctx.usage.natDataGb > 0) {
    const { quantity, usage } = ctx.usageShare(ctx.usage.natDataGb, 'usage.natDataGb', 'GB');
    lines.push(ctx.line('Data processed', quantity, 'GB', 'cloud-nat-data', 'processed', usage));
  }
  return lines;
};
