import { TerraformStack } from 'cdktf';

/**
 * A stack that resolves its Terraform JSON once per synth. cdktf resolves every token of a stack each time
 * `toTerraform()` is called; the policy validation, the budget gate and cdktf's own writer each call it, so a synth
 * would resolve the stack three times. Once cdktf has prepared the stack (cross-stack references added) and starts
 * validating it, nothing changes it any more: from there on the first result is reused.
 *
 * Outside `App.synth()` (e.g. `Testing.synth`, which does not prepare stacks) nothing is cached.
 */
export class ResolvedOnceStack extends TerraformStack {
  private prepared = false;
  private frozen = false;
  private resolved?: unknown;

  override prepareStack(): void {
    super.prepareStack();
    this.prepared = true;
  }

  /**
   * Marks the tree final: every stack of the app is prepared. App.synth prepares every stack before it validates any
   * (runAllValidations); stacks/validate.ts prepareStacks does the same before it runs the validations itself.
   */
  freeze(): void {
    if (this.prepared) this.frozen = true;
  }

  override runAllValidations(): void {
    this.freeze();
    super.runAllValidations();
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override toTerraform(): any {
    if (!this.frozen) return super.toTerraform();
    this.resolved ??= super.toTerraform();
    return this.resolved;
  }
}
