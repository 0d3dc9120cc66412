import { checkEach, defineRule } from '../../rule';
import { isSet } from '../../../terraform-json';

/** Memorystore data is encrypted with a Cloud KMS key the tenant controls. */
export const redisCustomerManagedKey = defineRule(__filename, {
  description: 'Memorystore Redis instances use a customer-managed key',
  category: 'customer-managed-key',
  severity: 'warning',
  fix: 'Set customer_managed_key to a google_kms_crypto_key id (from the advanced level)',
  check: (doc) =>
    checkEach(doc, 'google_redis_instance', (redis) => (isSet(redis.values.customer_managed_key) ? undefined : 'data uses Google-managed keys')),
});
