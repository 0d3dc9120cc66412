import type { Cloud } from '../model/enums';

/** CPU, memory and pod slots: of a node, of what it offers to pods, or of a quota. */
export interface PodCapacity {
  /** CPU, millicores. */
  readonly cpuMillis: number;
  /** Memory, MiB. */
  readonly memoryMiB: number;
  /** Pods. */
  readonly pods: number;
}

/** The shape of one node: vCPUs and memory in GiB (the tier's `nodes.vcpu` / `nodes.memoryGiB`). */
export interface NodeShape {
  readonly vcpu: number;
  readonly memoryGiB: number;
}

/**
 * Kubelet CPU reservation bands shared by GKE and EKS: 6% of the first core, 1% of the second, 0.5% of the
 * third and fourth, 0.25% of every core above four. Sources: GKE "Plan node sizes" (cloud.google.com/kubernetes-
 * engine/docs/concepts/plan-node-sizes#cpu_reservations) and the EKS AMI / nodeadm kubelet config
 * (getCPUMillicoresToReserve in awslabs/amazon-eks-ami).
 */
export const CPU_RESERVATION_BANDS: readonly { readonly cores: number; readonly share: number }[] = [
  { cores: 1, share: 0.06 },
  { cores: 1, share: 0.01 },
  { cores: 2, share: 0.005 },
  { cores: Infinity, share: 0.0025 },
];

/**
 * AKS kube-reserved CPU by core count, millicores (learn.microsoft.com/azure/aks/node-resource-reservations).
 * A node with a core count between two rows reserves the next row up, which only over-reserves.
 */
export const AKS_CPU_RESERVATION: readonly { readonly cores: number; readonly millis: number }[] = [
  { cores: 1, millis: 60 },
  { cores: 2, millis: 100 },
  { cores: 4, millis: 140 },
  { cores: 8, millis: 180 },
  { cores: 16, millis: 260 },
  { cores: 32, millis: 420 },
  { cores: 64, millis: 740 },
];

/**
 * GKE kube-reserved memory bands: 25% of the first 4 GiB, 20% of the next 4, 10% of the next 8, 6% of the next
 * 112, 2% above 128 GiB; 255 MiB for machines under 1 GiB (GKE "Plan node sizes", memory reservations).
 */
export const GKE_MEMORY_RESERVATION_BANDS: readonly { readonly gib: number; readonly share: number }[] = [
  { gib: 4, share: 0.25 },
  { gib: 4, share: 0.2 },
  { gib: 8, share: 0.1 },
  { gib: 112, share: 0.06 },
  { gib: Infinity, share: 0.02 },
];
/** GKE's flat reservation for machines under 1 GiB, MiB. */
export const GKE_SMALL_MACHINE_RESERVED_MIB = 255;

/** EKS kube-reserved memory: 255 MiB plus 11 MiB per pod the node may run (amazon-eks-ami / nodeadm). */
export const EKS_MEMORY_RESERVED_BASE_MIB = 255;
export const EKS_MEMORY_RESERVED_PER_POD_MIB = 11;
/**
 * EKS max pods of the VPC CNI without prefix delegation, by vCPU count: the ENI-based values of the 6th-gen
 * types in AWS_NODE_TYPES (eni-max-pods.txt: *.large 29, *.xlarge/2xlarge 58, *.4xlarge/8xlarge 234,
 * *.16xlarge 737). The t3 types run fewer pods (4-17), so for them this only over-reserves memory.
 */
export const EKS_MAX_PODS_BY_VCPU: readonly { readonly vcpu: number; readonly pods: number }[] = [
  { vcpu: 2, pods: 29 },
  { vcpu: 8, pods: 58 },
  { vcpu: 32, pods: 234 },
  { vcpu: Infinity, pods: 737 },
];

/**
 * AKS kube-reserved memory since Kubernetes 1.29: 20 MB per pod plus 50 MB, capped at 25% of the node's memory
 * (node-resource-reservations). MB are counted as MiB, which only over-reserves.
 */
export const AKS_MEMORY_RESERVED_BASE_MIB = 50;
export const AKS_MEMORY_RESERVED_PER_POD_MIB = 20;
export const AKS_MEMORY_RESERVED_MAX_SHARE = 0.25;
/** AKS max pods per node with Azure CNI Overlay (the default and the ceiling, 250). */
export const AKS_MAX_PODS = 250;

/** Hard eviction threshold `memory.available<100Mi`, the default on EKS, GKE and AKS. */
export const EVICTION_HARD_MIB = 100;
/**
 * Pods per node the quota counts on, whatever more the CNI allows: the Kubernetes scalability guidance and
 * GKE Standard's default of 110.
 */
export const POD_DENSITY_PER_NODE = 110;

const MIB_PER_GIB = 1024;

/** CPU the kubelet and system daemons keep for themselves on a node of `vcpu` cores, millicores. */
export function reservedCpuMillis(cloud: Cloud, vcpu: number): number {
  if (cloud === 'azure') {
    const row = AKS_CPU_RESERVATION.find((r) => r.cores >= vcpu) ?? AKS_CPU_RESERVATION[AKS_CPU_RESERVATION.length - 1];
    return row.millis;
  }
  return Math.ceil(byBands(vcpu * 1000, CPU_RESERVATION_BANDS.map((b) => ({ size: b.cores * 1000, share: b.share }))));
}

/** Pods a node of this shape may run on `cloud` (before the quota's own density cap). */
export function maxPodsPerNode(cloud: Cloud, node: NodeShape): number {
  switch (cloud) {
    case 'aws':
      return EKS_MAX_PODS_BY_VCPU.find((r) => node.vcpu <= r.vcpu)!.pods;
    case 'azure':
      return AKS_MAX_PODS;
    case 'gcp':
      return POD_DENSITY_PER_NODE;
  }
}

/** Memory kept back on a node: kube-reserved plus the hard eviction threshold, MiB. */
export function reservedMemoryMiB(cloud: Cloud, node: NodeShape): number {
  const totalMiB = node.memoryGiB * MIB_PER_GIB;
  let kubeReserved: number;
  switch (cloud) {
    case 'aws':
      kubeReserved = EKS_MEMORY_RESERVED_BASE_MIB + EKS_MEMORY_RESERVED_PER_POD_MIB * maxPodsPerNode(cloud, node);
      break;
    case 'azure':
      kubeReserved = Math.min(
        AKS_MEMORY_RESERVED_BASE_MIB + AKS_MEMORY_RESERVED_PER_POD_MIB * AKS_MAX_PODS,
        totalMiB * AKS_MEMORY_RESERVED_MAX_SHARE,
      );
      break;
    case 'gcp':
      kubeReserved =
        node.memoryGiB < 1
          ? GKE_SMALL_MACHINE_RESERVED_MIB
          : byBands(totalMiB, GKE_MEMORY_RESERVATION_BANDS.map((b) => ({ size: b.gib * MIB_PER_GIB, share: b.share })));
      break;
  }
  return Math.ceil(kubeReserved) + EVICTION_HARD_MIB;
}

/**
 * What one node offers to pods on `cloud`: its capacity less the kubelet's CPU and memory reservations and the
 * eviction threshold, and its pod slots capped at POD_DENSITY_PER_NODE. Never negative.
 */
export function nodeAllocatable(cloud: Cloud, node: NodeShape): PodCapacity {
  return {
    cpuMillis: Math.max(0, node.vcpu * 1000 - reservedCpuMillis(cloud, node.vcpu)),
    memoryMiB: Math.max(0, node.memoryGiB * MIB_PER_GIB - reservedMemoryMiB(cloud, node)),
    pods: Math.min(POD_DENSITY_PER_NODE, maxPodsPerNode(cloud, node)),
  };
}

/** Sum of `share` x the part of `amount` falling in each consecutive band of `size`. */
function byBands(amount: number, bands: readonly { size: number; share: number }[]): number {
  let left = amount;
  let total = 0;
  for (const band of bands) {
    const part = Math.min(left, band.size);
    total += part * band.share;
    left -= part;
    if (left <= 0) break;
  }
  return total;
}
