import { checkEach, defineRule } from '../../rule';
import { amount } from '../../read';
import { AWS } from '../../private/providers';

/**
 * KMS's own default and maximum: 30 days to cancel the deletion of a key that still encrypts data. The window must
 * be 7 to 30 days (aws_kms_key `deletion_window_in_days`: "must be between 7 and 30, inclusive"; KMS ScheduleKeyDeletion).
 */
const MIN_DELETION_WINDOW_DAYS = 30;
const VALID = { min: 7, max: 30 };

/** A deleted KMS key stays recoverable for the longest window, so an accidental deletion does not destroy data. */
export const kmsDeletionWindow = defineRule(__filename, {
  description: `KMS keys keep a ${MIN_DELETION_WINDOW_DAYS}-day deletion window`,
  category: 'deletion-protection',
  severity: 'warning',
  fix: `Leave deletion_window_in_days unset or set it to ${MIN_DELETION_WINDOW_DAYS}`,
  understands: [{ form: 'aws_kms_key.deletion_window_in_days (number or numeric string; 7–30)', providers: AWS }],
  check: (doc) =>
    checkEach(doc, 'aws_kms_key', (key) => {
      const days = amount(key.values, 'deletion_window_in_days') ?? MIN_DELETION_WINDOW_DAYS;
      if (days < VALID.min || days > VALID.max) {
        return { message: `deletion_window_in_days ${days} is outside what KMS accepts (${VALID.min}–${VALID.max})`, level: 'error' };
      }
      return days >= MIN_DELETION_WINDOW_DAYS ? undefined : `deletion window is ${days} days (< ${MIN_DELETION_WINDOW_DAYS})`;
    }),
});
