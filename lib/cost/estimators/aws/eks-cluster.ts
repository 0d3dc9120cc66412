import type { Estimator } from '../../context';

/** EKS: a fixed fee per cluster-hour (standard Kubernetes version support). */
export const awsEksCluster: Estimator = (ctx) => [ctx.hourly('Cluster', 1, 'eks-cluster', 'standard')];
