import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Construct } from 'constructs';

export interface ServiceRoleProps {
  /** Role name. */
  readonly name: string;
  /** Service principal that assumes the role, e.g. `eks.amazonaws.com`. */
  readonly service: string;
  /** Partition for managed policy ARNs (`aws`, `aws-us-gov`, `aws-cn`). */
  readonly partition: string;
  /** AWS managed policy names to attach, e.g. `AmazonEKSClusterPolicy`. @default [] */
  readonly managedPolicies?: readonly string[];
  /** Extra actions for the trust policy, e.g. `sts:TagSession`. @default [] */
  readonly extraAssumeActions?: readonly string[];
  /**
   * Confused-deputy guard: the service may assume the role only on behalf of this account (`aws:SourceAccount`).
   * Only for services that send the key (EKS, VPC Flow Logs, Managed Grafana). @default - no condition
   */
  readonly sourceAccount?: string;
  /** With sourceAccount: only on behalf of resources matching this ARN pattern (`aws:SourceArn`). @default - any resource of the account */
  readonly sourceArn?: string;
}

/** An IAM role and its policy attachments; depend on `attachments` before using the role's permissions. */
export interface ServiceRole {
  readonly role: IamRole;
  readonly attachments: IamRolePolicyAttachment[];
}

/** An IAM role that one AWS service assumes, with AWS managed policies attached. */
export function serviceRole(scope: Construct, id: string, props: ServiceRoleProps): ServiceRole {
  const role = new IamRole(scope, id, {
    name: props.name,
    assumeRolePolicy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: props.service },
          Action: ['sts:AssumeRole', ...(props.extraAssumeActions ?? [])],
          ...(props.sourceAccount
            ? {
                Condition: {
                  StringEquals: { 'aws:SourceAccount': props.sourceAccount },
                  ...(props.sourceArn ? { ArnLike: { 'aws:SourceArn': props.sourceArn } } : {}),
                },
              }
            : {}),
        },
      ],
    }),
  });
  const attachments = (props.managedPolicies ?? []).map(
    (policy) =>
      new IamRolePolicyAttachment(scope, `${id}-${policy}`, {
        role: role.name,
        policyArn: `arn:${props.partition}:iam::aws:policy/${policy}`,
      }),
  );
  return { role, attachments };
}
