import { checkEach, defineRule } from '../../rule';
import { get } from '../../../terraform-json';

/** Node instances require IMDSv2 session tokens, which blocks SSRF-style theft of node credentials. */
export const launchTemplateImdsv2 = defineRule(__filename, {
  description: 'Launch templates require IMDSv2 (http_tokens = required)',
  category: 'hardening',
  severity: 'error',
  fix: 'Set metadata_options { http_tokens = "required", http_put_response_hop_limit = 1 } on the aws_launch_template',
  check: (doc) =>
    checkEach(doc, 'aws_launch_template', (lt) =>
      get(lt.values, 'metadata_options.http_tokens') === 'required' ? undefined : 'instance metadata allows IMDSv1 (http_tokens is not "required")',
    ),
});
