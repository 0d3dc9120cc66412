import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Construct } from 'constructs';

export interface ServiceSecurityGroupProps {
  /** Group name. */
  readonly name: string;
  readonly description: string;
  readonly vpcId: string;
  /** TCP port the service listens on. */
  readonly port: number;
  /** Security groups whose members may connect (e.g. the EKS cluster security group). */
  readonly allowedSecurityGroupIds: readonly string[];
  /** Ranges that may connect too (the runner networks, for Terraform's own connections). @default [] */
  readonly allowedCidrs?: readonly string[];
}

/** A security group that admits one TCP port from named security groups (and listed ranges) only, and sends nothing out. */
export function serviceSecurityGroup(scope: Construct, id: string, props: ServiceSecurityGroupProps): SecurityGroup {
  const group = new SecurityGroup(scope, id, {
    name: props.name,
    description: props.description,
    vpcId: props.vpcId,
    tags: { Name: props.name },
  });
  props.allowedSecurityGroupIds.forEach((source, i) => {
    new VpcSecurityGroupIngressRule(scope, `${id}-ingress-${i}`, {
      securityGroupId: group.id,
      referencedSecurityGroupId: source,
      ipProtocol: 'tcp',
      fromPort: props.port,
      toPort: props.port,
      description: `${props.description} from the cluster`,
    });
  });
  (props.allowedCidrs ?? []).forEach((cidr, i) => {
    new VpcSecurityGroupIngressRule(scope, `${id}-ingress-runner-${i}`, {
      securityGroupId: group.id,
      cidrIpv4: cidr,
      ipProtocol: 'tcp',
      fromPort: props.port,
      toPort: props.port,
      description: `${props.description} from the runner network`,
    });
  });
  return group;
}
