/** What is wrong with input that cannot be read as Terraform JSON. */
export type TerraformInputReason = 'unreadable' | 'invalid-json' | 'not-an-object' | 'not-terraform' | 'invalid-resource-block' | 'invalid-variables';

/** Thrown when the input is not Terraform JSON; the CLI commands turn it into exit code 2. */
export class TerraformInputError extends Error {
  constructor(
    message: string,
    /** Lets a caller word the problem its own way. */
    readonly reason: TerraformInputReason,
    /** The file, when the input came from one. */
    readonly file?: string,
    /** The underlying cause: an errno code (`ENOENT`) or the JSON parser's message. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'TerraformInputError';
  }
}

/** An input error whose message starts with the file, when there is one. */
export function inputError(file: string | undefined, message: string, reason: TerraformInputReason): TerraformInputError {
  return new TerraformInputError(file === undefined ? message : `${file}: ${message}`, reason, file);
}
