import { checkEach, defineRule } from '../../rule';
import { get, isFalse, isTrue } from '../../../terraform-json';

/** The EKS API is reachable only from inside the VPC. */
export const eksPrivateEndpoint = defineRule(__filename, {
  description: 'EKS API endpoints are private only',
  category: 'private-endpoint',
  severity: 'warning',
  fix: 'Set vpc_config.endpoint_private_access = true and endpoint_public_access = false (tier cluster.privateEndpointOnly)',
  check: (doc) =>
    checkEach(doc, 'aws_eks_cluster', (cluster) => {
      const publicOff = isFalse(get(cluster.values, 'vpc_config.endpoint_public_access'));
      const privateOn = isTrue(get(cluster.values, 'vpc_config.endpoint_private_access'));
      return publicOff && privateOn ? undefined : 'the cluster API has a public endpoint';
    }),
});
