import { checkEach, defineRule } from '../../rule';
import { anyOf, flag } from '../../read';
import { cidrsAt, isOpenCidr } from '../../private/cidr';
import { AWS } from '../../private/providers';

/** The EKS API is private, or public only to listed CIDRs (the provider's default is public to 0.0.0.0/0). */
export const eksEndpointRestricted = defineRule(__filename, {
  description: 'EKS API endpoints are private or limited to known CIDRs',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set vpc_config.endpoint_public_access = false, or list your networks in vpc_config.public_access_cidrs (never 0.0.0.0/0)',
  understands: [{ form: 'aws_eks_cluster.vpc_config.endpoint_public_access (default true), vpc_config.public_access_cidrs (default 0.0.0.0/0)', providers: AWS }],
  check: (doc) =>
    checkEach(doc, 'aws_eks_cluster', (cluster) => {
      const cidrs = () => cidrsAt(cluster.values, 'vpc_config.public_access_cidrs');
      const restricted = anyOf(
        () => flag(cluster.values, 'vpc_config.endpoint_public_access') === false,
        () => cidrs().length > 0 && !cidrs().some(isOpenCidr),
      );
      if (restricted) return undefined;
      const open = cidrs().filter(isOpenCidr);
      return open.length === 0 ? 'public endpoint open to 0.0.0.0/0 (public_access_cidrs unset)' : `public endpoint open to ${open.join(', ')}`;
    }),
});
