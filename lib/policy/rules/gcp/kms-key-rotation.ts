import { checkEach, defineRule } from '../../rule';
import { text } from '../../read';
import { GOOGLE } from '../../private/providers';

/** When a pack sets no threshold: yearly, as AWS KMS rotates. */
const DEFAULT_MAX_DAYS = 365;
/** google_kms_crypto_key `rotation_period`: "It must be greater than a day (ie, 86400)". */
const MIN_ROTATION_SECONDS = 86400;
/** Only ENCRYPT_DECRYPT (symmetric) keys rotate automatically; `purpose` defaults to it (google_kms_crypto_key docs). */
const ROTATABLE_PURPOSE = 'ENCRYPT_DECRYPT';

/** `7776000s` -> 7776000. */
function seconds(period: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)s$/.exec(period);
  return m ? Number(m[1]) : undefined;
}

/** Cloud KMS keys rotate automatically at least as often as the pack requires. */
export const kmsKeyRotation = defineRule(__filename, {
  description: 'Cloud KMS crypto keys rotate automatically within the pack maximum',
  category: 'key-rotation',
  severity: 'warning',
  fix: 'Set rotation_period (e.g. "7776000s" for 90 days) on the google_kms_crypto_key',
  understands: [
    { form: 'google_kms_crypto_key.rotation_period ("<seconds>s", more than 86400s)', providers: GOOGLE },
    { form: 'google_kms_crypto_key.purpose (keys other than ENCRYPT_DECRYPT do not rotate automatically: exempt)', providers: GOOGLE },
  ],
  check: (doc, params) => {
    const max = params.maxKeyRotationDays ?? DEFAULT_MAX_DAYS;
    return checkEach(doc, 'google_kms_crypto_key', (key) => {
      if ((text(key.values, 'purpose') ?? ROTATABLE_PURPOSE) !== ROTATABLE_PURPOSE) return undefined;
      const period = text(key.values, 'rotation_period');
      if (period === undefined) return 'no automatic rotation (rotation_period unset)';
      const s = seconds(period);
      if (s === undefined || s <= MIN_ROTATION_SECONDS) {
        return { message: `rotation_period ${period} is not what Cloud KMS accepts (seconds as "<n>s", more than ${MIN_ROTATION_SECONDS}s)`, level: 'error' };
      }
      const d = s / 86400;
      return d <= max ? undefined : `rotates every ${Math.round(d)} days, more than ${max}`;
    });
  },
});
