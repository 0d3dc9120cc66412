import { checkEach, defineRule } from '../../rule';
import { flag, text } from '../../read';
import { AZURERM } from '../../private/providers';
import { blocks, referrers } from '../../../terraform-json';

/** Diagnostic categories (and category groups) that carry the Kubernetes audit log. */
const AUDIT = ['kube-audit', 'kube-audit-admin', 'audit', 'allLogs'];

/** The AKS audit log reaches a workspace through a diagnostic setting. Cross-resource. */
export const aksAuditLogging = defineRule(__filename, {
  description: 'AKS audit logs are exported by a diagnostic setting',
  category: 'audit-logging',
  severity: 'error',
  fix: 'Add an azurerm_monitor_diagnostic_setting with target_resource_id = the cluster and enabled_log { category = "kube-audit-admin" }',
  understands: [
    { form: 'azurerm_monitor_diagnostic_setting.enabled_log { category | category_group }', providers: AZURERM },
    // azurerm 4.0 upgrade guide: "The deprecated log block has been removed in favour of the enabled_log block".
    { form: 'azurerm_monitor_diagnostic_setting.log { category, enabled }', providers: 'azurerm 3.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => {
      const logs = referrers(doc, 'azurerm_monitor_diagnostic_setting', 'target_resource_id', aks).flatMap((d) => [
        ...blocks(d.values, 'enabled_log'),
        ...blocks(d.values, 'log').filter((l) => flag(l, 'enabled') !== false),
      ]);
      const audited = logs.some((l) => AUDIT.includes(text(l, 'category') ?? text(l, 'category_group') ?? ''));
      return audited ? undefined : 'no diagnostic setting exports kube-audit logs';
    }),
});
