import { ESTIMATORS } from '../../lib/cost/estimators';
import { FREE_RESOURCE_TYPES, freeReason } from '../../lib/cost/free';

describe('free resource types', () => {
  it('lists networking, IAM and in-cluster objects as free', () => {
    expect(freeReason('aws_vpc')).toMatch(/no charge/);
    expect(freeReason('aws_iam_role_policy_attachment')).toBeDefined();
    expect(freeReason('aws_s3_bucket_versioning')).toBeDefined();
    expect(freeReason('kubernetes_namespace_v1')).toBeDefined();
    expect(freeReason('random_password')).toBeDefined();
  });

  it('never assumes a billable type is free', () => {
    expect(freeReason('aws_s3_bucket')).toBeUndefined();
    expect(freeReason('kubernetes_service_v1')).toBeUndefined();
    expect(Object.keys(FREE_RESOURCE_TYPES).filter((t) => t in ESTIMATORS)).toEqual([]);
  });
});
