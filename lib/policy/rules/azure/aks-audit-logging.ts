import { checkEach, defineRule } from '../../rule';
import { blocks, isFalse, referrers } from '../../../terraform-json';

/** Diagnostic categories that carry the Kubernetes audit log. */
const AUDIT = ['kube-audit', 'kube-audit-admin', 'audit', 'allLogs'];

/** The AKS audit log reaches a workspace through a diagnostic setting. Cross-resource. */
export const aksAuditLogging = defineRule(__filename, {
  description: 'AKS audit logs are exported by a diagnostic setting',
  category: 'audit-logging',
  severity: 'error',
  fix: 'Add an azurerm_monitor_diagnostic_setting with target_resource_id = the cluster and enabled_log { category = "kube-audit-admin" }',
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => {
      const logs = referrers(doc, 'azurerm_monitor_diagnostic_setting', 'target_resource_id', aks).flatMap((d) => [
        ...blocks(d.values, 'enabled_log'),
        ...blocks(d.values, 'log').filter((l) => !isFalse(l.enabled)),
      ]);
      const audited = logs.some((l) => AUDIT.includes(String(l.category ?? l.category_group)));
      return audited ? undefined : 'no diagnostic setting exports kube-audit logs';
    }),
});
