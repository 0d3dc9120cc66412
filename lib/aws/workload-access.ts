import { DataAwsEksCluster } from '@cdktf/provider-aws/lib/data-aws-eks-cluster';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { EksPodIdentityAssociation } from '@cdktf/provider-aws/lib/eks-pod-identity-association';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { PrometheusRuleGroupNamespace } from '@cdktf/provider-aws/lib/prometheus-rule-group-namespace';
import { tenantAlertRulesYaml } from '../kubernetes/dashboards';
import type { WorkloadAccessBuilder } from '../cloud-kit/workload-access';
import { ampScraper, ampWorkspace } from './amp-scraper';
import { awsClusterAccess } from './cluster-access';
import { podIdentityTrustPolicy } from './pod-identity';

/** The IAM role a tenant's workloads assume: `<tenant>-workload`. */
export function awsWorkloadRoleName(tenantId: string): string {
  return `${tenantId}-workload`;
}

/** Where the EKS Pod Identity agent serves credentials on every node (EKS user guide, pod-id-agent-setup). */
export const EKS_POD_IDENTITY_AGENT = { cidr: '169.254.170.23/32', port: 80 } as const;

/**
 * AWS: the provider in the tenant's region with the default tags, the Kubernetes provider with a token from the
 * ephemeral `aws_eks_cluster_auth` (awsClusterAccess), EKS Pod Identity for the workload service account (a role
 * trusting pods.eks.amazonaws.com only for this cluster, namespace and service account; read/write on the tenant's
 * bucket only), and the Amazon Managed Prometheus scraper (network interfaces in the platform's metrics subnets, so
 * NetworkPolicies admit it without admitting pods) and alert rules on the platform's workspace (found by its alias).
 */
export const awsAccess: WorkloadAccessBuilder = {
  build({ stack, tenant, tags, platform, namespace, serviceAccount, platformName, sharedCollector }) {
    const id = tenant.spec.id;
    const platformId = platformName ?? id;
    awsClusterAccess.build({ stack, region: tenant.spec.region, tags, platform, platformName: platformId });
    const partition = new DataAwsPartition(stack, 'partition').partition;
    const cluster = new DataAwsEksCluster(stack, 'cluster', { name: platform.clusterName });

    const role = new IamRole(stack, 'workload-role', {
      name: awsWorkloadRoleName(id),
      description: `Pod Identity role of ${namespace}/${serviceAccount}`,
      assumeRolePolicy: podIdentityTrustPolicy(platform.clusterName, namespace, serviceAccount),
    });
    const bucketArn = `arn:${partition}:s3:::${platform.bucketName}`;
    new IamRolePolicy(stack, 'workload-bucket-access', {
      role: role.name,
      name: 'tenant-bucket',
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'ListTenantBucket', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: bucketArn },
          {
            Sid: 'TenantObjects',
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload'],
            Resource: `${bucketArn}/*`,
          },
          {
            // The bucket is SSE-KMS with a bucket key: the encryption context is the bucket ARN.
            Sid: 'TenantBucketKey',
            Effect: 'Allow',
            Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
            Resource: '*',
            Condition: {
              StringEquals: {
                'kms:ViaService': `s3.${tenant.spec.region}.amazonaws.com`,
                'kms:EncryptionContext:aws:s3:arn': bucketArn,
              },
            },
          },
        ],
      }),
    });
    new EksPodIdentityAssociation(stack, 'workload-pod-identity', {
      clusterName: platform.clusterName,
      namespace,
      serviceAccount,
      roleArn: role.arn,
    });

    const monitoringCidrs: string[] = [];
    if (tenant.sizing.monitoring.prometheus) {
      const sources = platform.metricsSources;
      if (!sources) throw new Error(`tenant '${id}': the AWS platform names no metrics subnets for the Prometheus scraper`);
      const workspace = ampWorkspace(stack, platformId);
      // A pool scrapes all its tenants with one scraper (its workloads stack); a siloed tenant has its own.
      if (!sharedCollector) ampScraper(stack, { cluster, workspace, alias: `${id}-workloads`, namespaces: [namespace], subnetIds: sources.subnetIds });
      // The scraper reaches pods through ENIs in the metrics subnets, which hold nothing else: pods are in the node
      // subnets (the VPC CNI), so admitting these ranges admits the scraper only.
      monitoringCidrs.push(...sources.cidrs);
      if (tenant.sizing.monitoring.grafana && tenant.sizing.monitoring.alarms) {
        new PrometheusRuleGroupNamespace(stack, 'prometheus-alerts', {
          name: `${id}-workloads`,
          workspaceId: workspace.id,
          data: tenantAlertRulesYaml(namespace),
        });
      }
    }

    return {
      serviceAccountAnnotations: {},
      podLabels: {},
      egressAllows: [{ ...EKS_POD_IDENTITY_AGENT }],
      monitoringCidrs,
      identity: role.arn,
    };
  },
};
