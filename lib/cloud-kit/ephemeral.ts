import { TerraformLocal, TerraformStack } from 'cdktf';

/** An ephemeral resource block written into a stack: how to refer to its attributes. */
export interface EphemeralResource {
  /** The block's address, `ephemeral.<type>.<name>`. */
  readonly address: string;
  /** A reference to one of its attributes (`${ephemeral.<type>.<name>.<attribute>}`), for provider configurations and write-only arguments. */
  attribute(name: string): string;
  /** The bare expression of an attribute (`ephemeral.<type>.<name>.<attribute>`), to wrap in functions: `${jsondecode(...)}`. */
  expression(name: string): string;
}

/**
 * Writes an `ephemeral "<type>" "<name>"` block (Terraform >= 1.10) into `stack`. Its values are read at plan and
 * apply and never stored in state or plan files, so a credential read this way reaches a provider configuration or
 * a write-only argument without being persisted anywhere.
 *
 * cdktf 0.21 generates no classes for ephemeral resources and its JSON has no `ephemeral` section, so the block goes
 * in through `TerraformStack.addOverride`, cdktf's escape hatch into the synthesized JSON. Overrides are resolved
 * as plain values, outside cdktf's cross-stack wiring, so the arguments go through a local (`TerraformLocal`, a
 * construct like any other: a reference to another stack's resource becomes a remote-state output there) and the
 * block reads `local.<name>.<argument>`; references to the stack's own resources stay implicit dependencies, as in
 * HCL. Only reference ephemeral attributes where Terraform accepts ephemeral values: provider blocks, write-only
 * arguments, other ephemeral blocks and locals.
 * @param config the block's arguments, in Terraform's snake_case.
 */
export function ephemeralResource(stack: TerraformStack, type: string, name: string, config: Record<string, unknown>): EphemeralResource {
  const localName = `${type}_${name}_arguments`;
  new TerraformLocal(stack, localName, config).overrideLogicalId(localName);
  stack.addOverride(
    `ephemeral.${type}.${name}`,
    Object.fromEntries(Object.keys(config).map((argument) => [argument, `\${local.${localName}.${argument}}`])),
  );
  const address = `ephemeral.${type}.${name}`;
  return { address, attribute: (attribute) => `\${${address}.${attribute}}`, expression: (attribute) => `${address}.${attribute}` };
}
