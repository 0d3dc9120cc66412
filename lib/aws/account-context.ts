import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
import { Construct } from 'constructs';

/**
 * The account, partition and region the stack deploys into, read once per platform so that ARNs are built
 * without hard-coding `aws` or an account id.
 */
export class AwsAccountContext extends Construct {
  /** The AWS account id. */
  readonly accountId: string;
  /** `aws`, `aws-us-gov` or `aws-cn`. */
  readonly partition: string;
  /** The provider's region, e.g. `us-east-1`. */
  readonly region: string;
  /** DNS suffix of service principals, e.g. `amazonaws.com`. */
  readonly dnsSuffix: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const identity = new DataAwsCallerIdentity(this, 'identity');
    const partition = new DataAwsPartition(this, 'partition');
    const region = new DataAwsRegion(this, 'region');
    this.accountId = identity.accountId;
    this.partition = partition.partition;
    this.dnsSuffix = partition.dnsSuffix;
    this.region = region.name;
  }

  /** `arn:<partition>:iam::<account>:root`, the account principal. */
  get accountRootArn(): string {
    return `arn:${this.partition}:iam::${this.accountId}:root`;
  }
}
