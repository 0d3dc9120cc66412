import { checkEach, defineRule } from '../../rule';

/** Storage accounts accept only TLS 1.2+ and HTTPS. */
export const storageMinTls = defineRule(__filename, {
  description: 'Storage accounts require HTTPS with TLS 1.2 or later',
  category: 'encryption-in-transit',
  severity: 'error',
  fix: 'Set min_tls_version = "TLS1_2" and https_traffic_only_enabled = true',
  check: (doc) =>
    checkEach(doc, 'azurerm_storage_account', (sa) => {
      const https = sa.values.https_traffic_only_enabled ?? sa.values.enable_https_traffic_only;
      if (https === false || https === 'false') return 'plain HTTP is accepted (https_traffic_only_enabled = false)';
      const tls = String(sa.values.min_tls_version ?? 'TLS1_2');
      return tls === 'TLS1_2' || tls === 'TLS1_3' ? undefined : `min_tls_version is ${tls}`;
    }),
});
