import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { GOOGLE } from '../../private/providers';
import { isProxyOnly } from '../../private/subnetworks';
import { block } from '../../../terraform-json';

/** VPC flow logs record the subnetwork's traffic. */
export const subnetworkFlowLogs = defineRule(__filename, {
  description: 'Subnetworks have VPC flow logs',
  category: 'extended-logging',
  severity: 'warning',
  fix: 'Add log_config { aggregation_interval = "INTERVAL_5_SEC", flow_sampling = 0.5, metadata = "INCLUDE_ALL_METADATA" } (from the enhanced level)',
  understands: [
    { form: 'google_compute_subnetwork.log_config', providers: GOOGLE },
    // google 7.0 upgrade guide: "enable_flow_logs has been removed in favor of log_config".
    { form: 'google_compute_subnetwork.enable_flow_logs', providers: 'google 3.x–6.x' },
    { form: 'purpose REGIONAL_MANAGED_PROXY, GLOBAL_MANAGED_PROXY, INTERNAL_HTTPS_LOAD_BALANCER (proxy-only: exempt)', providers: GOOGLE },
  ],
  check: (doc) =>
    checkEach(doc, 'google_compute_subnetwork', (s) => {
      if (isProxyOnly(s)) return undefined;
      if (block(s.values, 'log_config') || flag(s.values, 'enable_flow_logs') === true) return undefined;
      return 'no flow logs (log_config)';
    }),
});
