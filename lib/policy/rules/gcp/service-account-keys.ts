import { checkEach, defineRule } from '../../rule';
import { GOOGLE } from '../../private/providers';

/** Exported service account keys are long-lived secrets; workloads use Workload Identity instead. */
export const serviceAccountKeys = defineRule(__filename, {
  description: 'No service account keys are created',
  category: 'identity',
  severity: 'error',
  fix: 'Remove the google_service_account_key and bind the Kubernetes service account with roles/iam.workloadIdentityUser',
  understands: [{ form: 'google_service_account_key (any)', providers: GOOGLE }],
  check: (doc) => {
    const keys = checkEach(doc, 'google_service_account_key', () => 'exports a long-lived service account key');
    if (keys.status !== 'not-applicable') return keys;
    return doc.resources.some((r) => r.type === 'google_service_account') ? { status: 'pass' } : keys;
  },
});
