import { isUnresolved } from './attributes';
import type { TerraformDocument, TerraformResource } from './terraform';

/** `${aws_launch_template.nodes.id}` -> `{ type, name }`. */
const REFERENCE = /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.[^}]+\}$/;

/**
 * The resource of `type` a value points at: an interpolation (`${aws_launch_template.nodes.id}`, cdk.tf.json) or a
 * plain name equal to the target's `name` attribute (plan JSON, where references are already values). Undefined
 * when nothing matches.
 */
export function referencedResource(doc: TerraformDocument, value: unknown, type: string): TerraformResource | undefined {
  if (typeof value !== 'string') return undefined;
  if (isUnresolved(value)) {
    const match = REFERENCE.exec(value);
    if (!match || match[1] !== type) return undefined;
    return doc.resources.find((r) => r.type === type && r.name === match[2]);
  }
  return doc.resources.find((r) => r.type === type && (r.values.name === value || r.values.id === value));
}
