import { checkEach, defineRule } from '../../rule';
import { flag, text } from '../../read';
import { AZURERM } from '../../private/providers';

/** TLS versions a storage account may require at least. */
const MODERN_TLS = ['TLS1_2', 'TLS1_3'];

/** Storage accounts accept only TLS 1.2+ and HTTPS. */
export const storageMinTls = defineRule(__filename, {
  description: 'Storage accounts require HTTPS with TLS 1.2 or later',
  category: 'encryption-in-transit',
  severity: 'error',
  fix: 'Set min_tls_version = "TLS1_2" and https_traffic_only_enabled = true',
  understands: [
    { form: 'azurerm_storage_account.https_traffic_only_enabled (default true)', providers: 'azurerm 3.114–5.x' },
    // azurerm 4.0 upgrade guide: "The deprecated enable_https_traffic_only property has been removed".
    { form: 'azurerm_storage_account.enable_https_traffic_only', providers: 'azurerm 3.x' },
    // azurerm docs, min_tls_version: "Defaults to TLS1_2 for new storage accounts" (3.x–5.x).
    { form: 'azurerm_storage_account.min_tls_version (default TLS1_2)', providers: AZURERM },
  ],
  check: (doc) =>
    checkEach(doc, 'azurerm_storage_account', (sa) => {
      const https = flag(sa.values, 'https_traffic_only_enabled') ?? flag(sa.values, 'enable_https_traffic_only');
      if (https === false) return 'plain HTTP is accepted (https_traffic_only_enabled = false)';
      const tls = text(sa.values, 'min_tls_version') ?? 'TLS1_2';
      return MODERN_TLS.includes(tls) ? undefined : `min_tls_version is ${tls}`;
    }),
});
