import * as path from 'path';
import type { TerraformStack } from 'cdktf';

/** The folder cdktf writes `stack` into: `<app outdir>/stacks/<stack name>`. */
export function stackOutdir(stack: TerraformStack): string {
  const root = stack.node.root as { outdir?: string };
  return path.join(root.outdir ?? 'cdktf.out', 'stacks', stack.node.id);
}
