import type { Estimator } from '../../context';
import { aksNodePoolLines } from './node-pool';

/** AKS additional node pool: vm_size x node count, plus OS disks. */
export const azurermKubernetesClusterNodePool: Estimator = (ctx) => aksNodePoolLines(ctx, '');
