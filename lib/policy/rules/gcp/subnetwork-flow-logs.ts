import { checkEach, defineRule } from '../../rule';
import { block } from '../../../terraform-json';

/** VPC flow logs record the subnetwork's traffic. */
export const subnetworkFlowLogs = defineRule(__filename, {
  description: 'Subnetworks have VPC flow logs',
  category: 'extended-logging',
  severity: 'warning',
  fix: 'Add log_config { aggregation_interval = "INTERVAL_5_SEC", flow_sampling = 0.5, metadata = "INCLUDE_ALL_METADATA" } (from the enhanced level)',
  check: (doc) =>
    checkEach(doc, 'google_compute_subnetwork', (s) => {
      if (s.values.purpose && s.values.purpose !== 'PRIVATE') return undefined; // proxy-only subnets carry no flow logs
      return block(s.values, 'log_config') ? undefined : 'no flow logs (log_config)';
    }),
});
