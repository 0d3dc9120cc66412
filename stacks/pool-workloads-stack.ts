import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { CLOUD_KITS } from '../lib/cloud-kit/registry';
import { addClusterCollectorSetup, collectorNeedsClusterSetup } from '../lib/kubernetes/collector-setup';
import { MANAGED_COLLECTORS } from '../lib/kubernetes/tenant-workloads';
import { POOL_TENANTS_OUTPUT, poolWorkloadsStackName } from '../lib/synth-layout';
import { configureBackend } from './backend';
import type { PoolStack } from './pool-stack';
import { ResolvedOnceStack } from './private/resolved-once-stack';

export interface PoolWorkloadsStackProps {
  /** The pool whose cluster this stack works in; this stack depends on it. */
  readonly pool: PoolStack;
  /** Folder that relative local-state paths are resolved against. @default process.cwd() */
  readonly projectDir?: string;
}

/**
 * What a pool's tenants share inside its cluster, created once by the pool and never by a tenant's slice: the
 * managed collector's cluster-wide objects (the AMP scraper's ClusterRole and binding, or the AKS metrics add-on's
 * scrape ConfigMap in kube-system) and, on AWS, one scraper for every tenant namespace. A cluster holds one of each,
 * so a slice creating them would collide with its neighbours and take them away when it is destroyed.
 *
 * Deploy it after its pool and before the slices: `cdktf deploy pool-aws-us-east-1 pool-aws-us-east-1-workloads`.
 * A pool whose collector needs nothing cluster-wide (GKE managed collection) has no such stack: see `isNeeded`.
 */
export class PoolWorkloadsStack extends ResolvedOnceStack {
  /** Whether a pool needs this stack: its cloud's collector has cluster-wide objects. */
  static isNeeded(pool: PoolStack): boolean {
    return pool.sizing.sizing.monitoring.prometheus && collectorNeedsClusterSetup(MANAGED_COLLECTORS[pool.placement.cloud]);
  }

  readonly pool: PoolStack;

  constructor(scope: Construct, props: PoolWorkloadsStackProps) {
    const { pool } = props;
    super(scope, poolWorkloadsStackName(pool.stackName));
    this.pool = pool;
    configureBackend(this, pool.backend, props.projectDir);
    this.addDependency(pool);
    const { placement } = pool;
    const kit = CLOUD_KITS[placement.cloud];
    const context = {
      stack: this,
      region: placement.region,
      tags: pool.tags,
      platform: pool.outputs,
      platformName: placement.resourceName,
    };
    kit.clusterAccess.build(context);
    // Namespaces are named after their tenants (slices create them).
    const namespaces = placement.members.map((m) => m.spec.id);
    addClusterCollectorSetup(this, MANAGED_COLLECTORS[placement.cloud], namespaces);
    kit.sharedCollector.build({ ...context, namespaces });

    new TerraformOutput(this, POOL_TENANTS_OUTPUT, { value: namespaces });
  }
}
