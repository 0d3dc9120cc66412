import { ESTIMATORS } from '../../lib/cost/estimators';
import { FREE_RESOURCE_TYPES, freeReason } from '../../lib/cost/free';

describe('free resource types', () => {
  it('lists networking, IAM and in-cluster objects as free', () => {
    expect(freeReason('aws_vpc')).toMatch(/no charge/);
    expect(freeReason('aws_iam_role_policy_attachment')).toBeDefined();
    expect(freeReason('aws_s3_bucket_versioning')).toBeDefined();
    expect(freeReason('kubernetes_namespace_v1')).toBeDefined();
    expect(freeReason('kubernetes_service_account_v1')).toBeDefined();
    expect(freeReason('random_password')).toBeDefined();
  });

  it('lists objects inside a PostgreSQL server (the slices\' roles, databases, grants) as free', () => {
    for (const type of ['postgresql_role', 'postgresql_database', 'postgresql_grant', 'postgresql_security_label']) {
      expect(freeReason(type)).toMatch(/PostgreSQL server priced elsewhere/);
    }
  });

  it('never assumes a billable type is free', () => {
    expect(freeReason('aws_s3_bucket')).toBeUndefined();
    expect(freeReason('kubernetes_service_v1')).toBeUndefined();
    expect(freeReason('kubernetes_service')).toBeUndefined();
    expect(freeReason('kubernetes_ingress_v1')).toBeUndefined();
    expect(freeReason('google_secret_manager_secret_version')).toBeUndefined();
    expect(Object.keys(FREE_RESOURCE_TYPES).filter((t) => t in ESTIMATORS)).toEqual([]);
  });
});
