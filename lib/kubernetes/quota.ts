import { LimitRangeV1 } from '@cdktf/provider-kubernetes/lib/limit-range-v1';
import { ResourceQuotaV1 } from '@cdktf/provider-kubernetes/lib/resource-quota-v1';
import { Construct } from 'constructs';
import type { Cloud, Isolation } from '../model/enums';
import { SpecError } from '../model/errors';
import type { TenantSizing } from '../model/resolve';
import { PodCapacity, nodeAllocatable } from './allocatable';

/**
 * Kept free on every node for the DaemonSets every cluster runs (kube-proxy, the CNI and its network-policy
 * agent, the CSI node driver, the identity agent, the managed metrics collector): their requests on EKS, AKS and
 * GKE add up to about 150-200m CPU and 250-350 MiB per node, rounded up here.
 */
export const DAEMONSET_HEADROOM_PER_NODE: PodCapacity = { cpuMillis: 250, memoryMiB: 512, pods: 10 };
/**
 * Kept free once per cluster for the cluster add-ons outside the tenant namespace: CoreDNS (2 x 100m / 70 MiB),
 * metrics-server, the ingress controller and the monitoring namespace.
 */
export const CLUSTER_ADDON_HEADROOM: PodCapacity = { cpuMillis: 1000, memoryMiB: 2048, pods: 20 };
/** Pods per vCPU of a pooled tenant's slice. */
export const POOLED_PODS_PER_VCPU = 10;
/** PersistentVolumeClaims: one per this many GB of the tier's storage, at least MIN_CLAIMS, at most the pod quota. */
export const GB_PER_CLAIM = 100;
export const MIN_CLAIMS = 4;
/** Container defaults the LimitRange applies when a pod gives none (clamped to the per-container maximum). */
export const DEFAULT_CONTAINER_REQUEST = { cpuMillis: 100, memoryMiB: 128 } as const;
export const DEFAULT_CONTAINER_LIMIT = { cpuMillis: 500, memoryMiB: 512 } as const;

/** What a tenant namespace may use: the one place quotas are derived from a tier. */
export interface TenantQuotaValues {
  /** CPU requests and limits, summed over the namespace, millicores. */
  readonly cpuMillis: number;
  /** Memory requests and limits, summed over the namespace, MiB. */
  readonly memoryMiB: number;
  readonly pods: number;
  /** Storage requested by PersistentVolumeClaims, GB: the tier's `storageGb`. */
  readonly storageGb: number;
  readonly persistentVolumeClaims: number;
  /** Services of type LoadBalancer: traffic enters through the ingress controller namespace. */
  readonly loadBalancers: number;
  /** Services of type NodePort. */
  readonly nodePorts: number;
  /** The capacity the quota was fitted into: allocatable of the autoscaler's minimum node count, or a pooled tenant's slice. */
  readonly capacity: PodCapacity;
  /** The most one container may ask for: what one node offers after DaemonSets, or the whole slice when pooled. */
  readonly maxPerContainer: { readonly cpuMillis: number; readonly memoryMiB: number };
}

export interface QuotaInput {
  readonly cloud: Cloud;
  readonly isolation: Isolation;
  readonly sizing: Pick<TenantSizing, 'nodes' | 'storageGb'>;
  /** Names the tenant in errors. */
  readonly tenantId?: string;
}

/**
 * Derives a tenant namespace's quota from its tier.
 *
 * Siloed: the allocatable capacity (capacity less kubelet reservations, see `nodeAllocatable`) of the node
 * pool's *minimum* node count, less DaemonSet headroom on each node and add-on headroom once. The minimum,
 * not the desired count: the autoscaler may shrink to it, and a quota must stay schedulable then; nodes above
 * the minimum absorb surges, rolling updates and a failed node.
 *
 * Pooled: the tenant's slice (`nodes.vcpu` x `nodes.min` vCPU, `nodes.memoryGiB` x `nodes.min` GiB); the pool
 * is sized from the sum of its tenants' slices, so the slice itself is the tenant's capacity.
 * @throws SpecError when the nodes are too small to leave anything for the tenant.
 */
export function tenantQuota(input: QuotaInput): TenantQuotaValues {
  const { nodes, storageGb } = input.sizing;
  let capacity: PodCapacity;
  let quota: PodCapacity;
  let maxPerContainer: { cpuMillis: number; memoryMiB: number };
  if (input.isolation === 'pooled') {
    capacity = {
      cpuMillis: nodes.vcpu * nodes.min * 1000,
      memoryMiB: nodes.memoryGiB * nodes.min * 1024,
      pods: nodes.vcpu * nodes.min * POOLED_PODS_PER_VCPU,
    };
    quota = capacity;
    maxPerContainer = { cpuMillis: capacity.cpuMillis, memoryMiB: capacity.memoryMiB };
  } else {
    const perNode = minus(nodeAllocatable(input.cloud, nodes), DAEMONSET_HEADROOM_PER_NODE);
    capacity = times(nodeAllocatable(input.cloud, nodes), nodes.min);
    quota = minus(times(perNode, nodes.min), CLUSTER_ADDON_HEADROOM);
    maxPerContainer = { cpuMillis: perNode.cpuMillis, memoryMiB: perNode.memoryMiB };
  }
  if (quota.cpuMillis <= 0 || quota.memoryMiB <= 0 || quota.pods <= 0 || maxPerContainer.cpuMillis <= 0 || maxPerContainer.memoryMiB <= 0) {
    throw new SpecError(
      `tenant '${input.tenantId ?? '?'}': ${nodes.min} node(s) of ${nodes.vcpu} vCPU / ${nodes.memoryGiB} GiB leave no room for workloads after kubelet reservations and system pods on ${input.cloud}; raise overrides.nodes.min, vcpu or memoryGiB`,
    );
  }
  return {
    cpuMillis: quota.cpuMillis,
    memoryMiB: quota.memoryMiB,
    pods: quota.pods,
    storageGb,
    persistentVolumeClaims: Math.min(quota.pods, Math.max(MIN_CLAIMS, Math.floor(storageGb / GB_PER_CLAIM))),
    loadBalancers: 0,
    nodePorts: 0,
    capacity,
    maxPerContainer,
  };
}

/** The quota as a ResourceQuota `hard` map. */
export function quotaHard(q: TenantQuotaValues): Record<string, string> {
  return {
    'requests.cpu': `${q.cpuMillis}m`,
    'limits.cpu': `${q.cpuMillis}m`,
    'requests.memory': `${q.memoryMiB}Mi`,
    'limits.memory': `${q.memoryMiB}Mi`,
    pods: `${q.pods}`,
    'requests.storage': `${q.storageGb}G`,
    persistentvolumeclaims: `${q.persistentVolumeClaims}`,
    'services.loadbalancers': `${q.loadBalancers}`,
    'services.nodeports': `${q.nodePorts}`,
  };
}

export interface TenantQuotaProps {
  /** Namespace the quota and limit range apply to. */
  readonly namespace: string;
  /** The derived quota (see `tenantQuota`). */
  readonly quota: TenantQuotaValues;
  /** Services of type LoadBalancer allowed in the namespace. @default - the quota's value, 0 */
  readonly loadBalancers?: number;
}

/**
 * A ResourceQuota sized from the tier, and a LimitRange that gives containers without requests or limits the
 * defaults (so the quota admits them) and caps one container at what one node can hold.
 */
export class TenantQuota extends Construct {
  readonly resourceQuota: ResourceQuotaV1;
  readonly limitRange: LimitRangeV1;

  constructor(scope: Construct, id: string, props: TenantQuotaProps) {
    super(scope, id);
    const quota = { ...props.quota, loadBalancers: props.loadBalancers ?? props.quota.loadBalancers };
    this.resourceQuota = new ResourceQuotaV1(this, 'quota', {
      metadata: { name: 'tenant-quota', namespace: props.namespace },
      spec: { hard: quotaHard(quota) },
    });
    const max = quota.maxPerContainer;
    const clamp = (d: { cpuMillis: number; memoryMiB: number }) => ({
      cpu: `${Math.min(d.cpuMillis, max.cpuMillis)}m`,
      memory: `${Math.min(d.memoryMiB, max.memoryMiB)}Mi`,
    });
    this.limitRange = new LimitRangeV1(this, 'limits', {
      metadata: { name: 'tenant-limits', namespace: props.namespace },
      spec: {
        limit: [
          {
            type: 'Container',
            defaultRequest: clamp(DEFAULT_CONTAINER_REQUEST),
            default: clamp(DEFAULT_CONTAINER_LIMIT),
            max: { cpu: `${max.cpuMillis}m`, memory: `${max.memoryMiB}Mi` },
          },
          { type: 'PersistentVolumeClaim', max: { storage: `${quota.storageGb}G` } },
        ],
      },
    });
  }
}

function minus(a: PodCapacity, b: PodCapacity): PodCapacity {
  return { cpuMillis: a.cpuMillis - b.cpuMillis, memoryMiB: a.memoryMiB - b.memoryMiB, pods: a.pods - b.pods };
}

function times(a: PodCapacity, n: number): PodCapacity {
  return { cpuMillis: a.cpuMillis * n, memoryMiB: a.memoryMiB * n, pods: a.pods * n };
}

