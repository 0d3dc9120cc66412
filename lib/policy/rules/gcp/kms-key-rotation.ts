import { checkEach, defineRule } from '../../rule';

/** When a pack sets no threshold: yearly, as AWS KMS rotates. */
const DEFAULT_MAX_DAYS = 365;

/** `7776000s` -> 90 days. */
function days(period: unknown): number | undefined {
  const m = typeof period === 'string' ? /^(\d+(?:\.\d+)?)s$/.exec(period) : null;
  return m ? Number(m[1]) / 86400 : undefined;
}

/** Cloud KMS keys rotate automatically at least as often as the pack requires. */
export const kmsKeyRotation = defineRule(__filename, {
  description: 'Cloud KMS crypto keys rotate automatically within the pack maximum',
  category: 'key-rotation',
  severity: 'warning',
  fix: 'Set rotation_period (e.g. "7776000s" for 90 days) on the google_kms_crypto_key',
  check: (doc, params) => {
    const max = params.maxKeyRotationDays ?? DEFAULT_MAX_DAYS;
    return checkEach(doc, 'google_kms_crypto_key', (key) => {
      const d = days(key.values.rotation_period);
      if (d === undefined) return 'no automatic rotation (rotation_period unset)';
      return d <= max ? undefined : `rotates every ${Math.round(d)} days, more than ${max}`;
    });
  },
});
