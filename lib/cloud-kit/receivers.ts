import { TerraformStack, TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';

/**
 * The URL of an on-call receiver, from the sensitive Terraform variable it names: the value is set where Terraform
 * runs (`TF_VAR_<name>`) and never written in the synthesized JSON. One variable per name and stack.
 */
export function receiverUrl(scope: Construct, variableName: string): string {
  const stack = TerraformStack.of(scope);
  const id = `receiver-url-${variableName}`;
  const existing = stack.node.tryFindChild(id) as TerraformVariable | undefined;
  const variable =
    existing ??
    new TerraformVariable(stack, id, {
      type: 'string',
      sensitive: true,
      nullable: false,
      description: `HTTPS URL of the '${variableName}' on-call receiver (set TF_VAR_${variableName}); kept out of the configuration`,
    });
  if (!existing) variable.overrideLogicalId(variableName);
  return variable.stringValue;
}
