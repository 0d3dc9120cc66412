import { stringify } from 'yaml';

/**
 * YAML text for a ConfigMap or a managed service: never folded at a line width. Values may hold Terraform references
 * that cdktf writes as token placeholders first; folding by width would depend on the placeholder's length (how many
 * tokens the process made before), so the same stack would come out differently depending on its neighbours.
 */
export function yamlText(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}
