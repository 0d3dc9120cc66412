import { SpecError, SpecErrors } from '../lib/model/errors';
import type { ResolvedTenant } from '../lib/model/resolve';
import { displayPath } from '../lib/model/yaml-file';
import type { PoolPlacement } from '../lib/pool/placement';

/** `tenant 'acme' (tenants/acme.yaml)`: a tenant as problems name it. */
export function tenantProblemSubject(tenant: ResolvedTenant): string {
  return tenant.file ? `tenant '${tenant.spec.id}' (${displayPath(tenant.file)})` : `tenant '${tenant.spec.id}'`;
}

/** `pool 'pool-aws-us-east-1' (tenants: aviato, umbrella)`: a pool as problems name it. */
export function poolProblemSubject(placement: PoolPlacement): string {
  return `pool '${placement.stackName}' (tenants: ${placement.members.map((m) => m.spec.id).join(', ')})`;
}

/**
 * Problems constructs report while stacks are built (a SpecError: a node size no machine type has, a quota with no
 * room), each attributed to the tenant or pool being built, so the message says whose file to fix; collected, so
 * one run reports them all.
 */
export class ConstructionProblems {
  private readonly errors: SpecError[] = [];

  /** Runs `build`; a SpecError it throws is recorded for `subject` and an empty list returned. */
  attribute<T>(subject: string, build: () => T[]): T[] {
    try {
      return build();
    } catch (e) {
      if (!(e instanceof SpecError)) throw e;
      const messages = e instanceof SpecErrors ? e.errors.map((x) => x.message) : [e.message];
      for (const message of messages) {
        const name = subject.split(' (')[0];
        // `tenant 'acme': ...` from a construct gets the file; any other message gets the whole subject.
        this.errors.push(new SpecError(message.startsWith(`${name}:`) ? `${subject}${message.slice(name.length)}` : `${subject}: ${message}`));
      }
      return [];
    }
  }

  /** @throws SpecErrors listing every problem recorded. */
  throwIfAny(): void {
    if (this.errors.length > 0) throw new SpecErrors(this.errors);
  }
}
