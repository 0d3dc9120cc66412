import { checkEach, defineRule } from '../../rule';
import { configured } from '../../read';
import { GOOGLE } from '../../private/providers';

/** Memorystore data is encrypted with a Cloud KMS key the tenant controls. */
export const redisCustomerManagedKey = defineRule(__filename, {
  description: 'Memorystore Redis instances use a customer-managed key',
  category: 'customer-managed-key',
  severity: 'warning',
  fix: 'Set customer_managed_key to a google_kms_crypto_key id (from the advanced level)',
  understands: [{ form: 'google_redis_instance.customer_managed_key', providers: GOOGLE }],
  check: (doc) =>
    checkEach(doc, 'google_redis_instance', (redis) => (configured(redis.values, 'customer_managed_key') ? undefined : 'data uses Google-managed keys')),
});
