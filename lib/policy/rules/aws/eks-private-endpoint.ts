import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { AWS } from '../../private/providers';

/** The EKS API is reachable only from inside the VPC. */
export const eksPrivateEndpoint = defineRule(__filename, {
  description: 'EKS API endpoints are private only',
  category: 'private-endpoint',
  severity: 'warning',
  fix: 'Set vpc_config.endpoint_private_access = true and endpoint_public_access = false (tier cluster.privateEndpointOnly)',
  understands: [{ form: 'aws_eks_cluster.vpc_config.endpoint_public_access (default true), vpc_config.endpoint_private_access (default false)', providers: AWS }],
  check: (doc) =>
    checkEach(doc, 'aws_eks_cluster', (cluster) => {
      if ((flag(cluster.values, 'vpc_config.endpoint_public_access') ?? true) !== false) return 'the cluster API has a public endpoint';
      return flag(cluster.values, 'vpc_config.endpoint_private_access') === true ? undefined : 'the cluster API has no private endpoint';
    }),
});
