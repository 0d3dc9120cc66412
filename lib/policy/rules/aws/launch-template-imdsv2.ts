import { checkEach, defineRule } from '../../rule';
import { text } from '../../read';
import { AWS } from '../../private/providers';

/** Node instances require IMDSv2 session tokens, which blocks SSRF-style theft of node credentials. */
export const launchTemplateImdsv2 = defineRule(__filename, {
  description: 'Launch templates require IMDSv2 (http_tokens = required) or turn the metadata service off',
  category: 'hardening',
  severity: 'error',
  fix: 'Set metadata_options { http_tokens = "required", http_put_response_hop_limit = 1 } on the aws_launch_template',
  understands: [
    { form: 'aws_launch_template.metadata_options.http_tokens', providers: AWS },
    // aws_launch_template docs: http_endpoint "disabled" turns the metadata service off, so there is no IMDSv1 either.
    { form: 'aws_launch_template.metadata_options.http_endpoint = "disabled"', providers: AWS },
  ],
  check: (doc) =>
    checkEach(doc, 'aws_launch_template', (lt) => {
      if (text(lt.values, 'metadata_options.http_endpoint') === 'disabled') return undefined;
      return text(lt.values, 'metadata_options.http_tokens') === 'required' ? undefined : 'instance metadata allows IMDSv1 (http_tokens is not "required")';
    }),
});
