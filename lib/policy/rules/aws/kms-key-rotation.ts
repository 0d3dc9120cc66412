import { checkEach, defineRule } from '../../rule';
import { amount, flag, text } from '../../read';
import { AWS } from '../../private/providers';

/** KMS rotates yearly unless told otherwise (aws_kms_key `rotation_period_in_days` unset). */
const DEFAULT_ROTATION_DAYS = 365;
/** aws_kms_key `rotation_period_in_days`: "Must be a number between 90 and 2560 (inclusive)". */
const VALID = { min: 90, max: 2560 };
/** Only symmetric encryption keys rotate automatically; asymmetric and HMAC keys cannot (KMS EnableKeyRotation). */
const ROTATABLE_SPEC = 'SYMMETRIC_DEFAULT';

/** Customer-managed KMS keys rotate their key material automatically, at least as often as the pack requires. */
export const kmsKeyRotation = defineRule(__filename, {
  description: 'KMS keys rotate their key material automatically within the pack maximum',
  category: 'key-rotation',
  severity: 'warning',
  fix: 'Set enable_key_rotation = true on the aws_kms_key (AwsEncryption keyRotation: true), and rotation_period_in_days within the pack maximum',
  understands: [
    { form: 'aws_kms_key.enable_key_rotation', providers: AWS },
    { form: 'aws_kms_key.rotation_period_in_days (90–2560; unset: 365)', providers: 'aws 5.x–6.x (the releases that document it)' },
    { form: 'aws_kms_key.customer_master_key_spec (only SYMMETRIC_DEFAULT keys rotate)', providers: AWS },
  ],
  check: (doc, params) =>
    checkEach(doc, 'aws_kms_key', (key) => {
      if ((text(key.values, 'customer_master_key_spec') ?? ROTATABLE_SPEC) !== ROTATABLE_SPEC) return undefined;
      if (flag(key.values, 'enable_key_rotation') !== true) return 'automatic key rotation is off (enable_key_rotation)';
      const days = amount(key.values, 'rotation_period_in_days') ?? DEFAULT_ROTATION_DAYS;
      if (days < VALID.min || days > VALID.max) {
        return { message: `rotation_period_in_days ${days} is outside what KMS accepts (${VALID.min}–${VALID.max})`, level: 'error' };
      }
      const max = params.maxKeyRotationDays;
      return max === undefined || days <= max ? undefined : `rotates every ${days} days, more than ${max}`;
    }),
});
