import { checkEach, defineRule } from '../../rule';
import { configured } from '../../read';
import { AZURERM } from '../../private/providers';

/** Node and container logs and metrics go to Log Analytics. */
export const aksContainerInsights = defineRule(__filename, {
  description: 'AKS clusters send container logs to Log Analytics (oms_agent)',
  category: 'extended-logging',
  severity: 'warning',
  fix: 'Add oms_agent { log_analytics_workspace_id = <workspace id> }',
  understands: [{ form: 'azurerm_kubernetes_cluster.oms_agent.log_analytics_workspace_id', providers: AZURERM }],
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => (configured(aks.values, 'oms_agent.log_analytics_workspace_id') ? undefined : 'no oms_agent workspace')),
});
