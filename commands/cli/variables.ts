import { VariableValues, autoVariableFiles, variableValues } from '../../lib/terraform-json';

/** `--var` and `--var-file`, as `tenants check` and `tenants cost` take them. */
export const VARIABLE_OPTIONS = { var: { multiple: true, split: false }, 'var-file': { multiple: true, split: false } } as const;

/** The usage lines of the variable options, the option column `width` wide as in the command's other lines. */
export function variableUsage(width: number): string {
  return [
    ['--var <name=value>', 'a value for an input variable, as terraform -var (repeatable)'],
    ['--var-file <file>', 'values from a *.tfvars or *.tfvars.json file, as terraform -var-file (repeatable)'],
  ]
    .map(([option, text]) => `  ${option.padEnd(width)} ${text}`)
    .join('\n');
}

/** What the command line gives for input variables. */
export interface VariableInputs {
  readonly files: readonly string[];
  readonly assignments: readonly string[];
}

/**
 * The variable values for a configuration in `dir`, as Terraform takes them: terraform.tfvars, terraform.tfvars.json
 * and *.auto.tfvars(.json) of the folder, then the --var-file files in order, then the --var values (later wins).
 * A plan keeps the values it was made with: these only fill variables it has no value for.
 * @throws TerraformInputError naming a variables file that cannot be read or a --var that is not name=value.
 */
export function valuesFor(dir: string, inputs: VariableInputs): VariableValues {
  const auto = autoVariableFiles(dir);
  return variableValues([...auto, ...inputs.files], inputs.assignments);
}
