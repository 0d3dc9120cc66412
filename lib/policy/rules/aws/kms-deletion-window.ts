import { checkEach, defineRule } from '../../rule';
import { num } from '../../../terraform-json';

/** KMS's own default and maximum: 30 days to cancel the deletion of a key that still encrypts data. */
const MIN_DELETION_WINDOW_DAYS = 30;

/** A deleted KMS key stays recoverable for the longest window, so an accidental deletion does not destroy data. */
export const kmsDeletionWindow = defineRule(__filename, {
  description: `KMS keys keep a ${MIN_DELETION_WINDOW_DAYS}-day deletion window`,
  category: 'deletion-protection',
  severity: 'warning',
  fix: `Leave deletion_window_in_days unset or set it to ${MIN_DELETION_WINDOW_DAYS}`,
  check: (doc) =>
    checkEach(doc, 'aws_kms_key', (key) => {
      const days = num(key.values.deletion_window_in_days) ?? MIN_DELETION_WINDOW_DAYS;
      return days >= MIN_DELETION_WINDOW_DAYS ? undefined : `deletion window is ${days} days (< ${MIN_DELETION_WINDOW_DAYS})`;
    }),
});
