/**
 * The trust policy of an IAM role for EKS Pod Identity: `pods.eks.amazonaws.com` may assume it (and tag the
 * session) only for pods of `clusterName` running as `namespace`/`serviceAccount`. EKS Pod Identity tags the session
 * with the pod's cluster, namespace and service account (EKS User Guide, pod-id-role and pod-id-abac), so no other
 * cluster or service account can use the role.
 */
export function podIdentityTrustPolicy(clusterName: string, namespace: string, serviceAccount: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'pods.eks.amazonaws.com' },
        Action: ['sts:AssumeRole', 'sts:TagSession'],
        Condition: {
          StringEquals: {
            'aws:RequestTag/eks-cluster-name': clusterName,
            'aws:RequestTag/kubernetes-namespace': namespace,
            'aws:RequestTag/kubernetes-service-account': serviceAccount,
          },
        },
      },
    ],
  });
}
