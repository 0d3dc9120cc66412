import { checkEach, defineRule } from '../../rule';
import { get, isFalse, strings } from '../../../terraform-json';
import { isOpenCidr } from '../../private/cidr';

/** The EKS API is private, or public only to listed CIDRs (the provider's default is public to 0.0.0.0/0). */
export const eksEndpointRestricted = defineRule(__filename, {
  description: 'EKS API endpoints are private or limited to known CIDRs',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set vpc_config.endpoint_public_access = false, or list your networks in vpc_config.public_access_cidrs (never 0.0.0.0/0)',
  check: (doc) =>
    checkEach(doc, 'aws_eks_cluster', (cluster) => {
      if (isFalse(get(cluster.values, 'vpc_config.endpoint_public_access'))) return undefined;
      const cidrs = strings(get(cluster.values, 'vpc_config.public_access_cidrs'));
      if (cidrs.length === 0) return 'public endpoint open to 0.0.0.0/0 (public_access_cidrs unset)';
      return cidrs.some(isOpenCidr) ? `public endpoint open to ${cidrs.filter(isOpenCidr).join(', ')}` : undefined;
    }),
});
