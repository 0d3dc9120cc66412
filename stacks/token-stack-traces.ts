/**
 * cdktf records a full stack trace for every token it creates (`Intrinsic`, `Lazy`, ...: `creationStack`), only to
 * print it when that token later fails to resolve. Formatting those traces was about a fifth of the CPU of a fleet
 * synth (bench/README figures). cdktf has no switch for it (`App({ stackTraces: false })` covers annotation metadata
 * only), so the process entry points of this tool (`main.ts`, the synth workers, the `tenants` CLI) replace its
 * capture function with one that records nothing. Constructs and `buildApp` never do it: an app of your own keeps
 * cdktf's behaviour.
 *
 * Set `TENANTS_TOKEN_STACKS=1` to keep the traces when you debug a token that does not resolve.
 */

/** The cdktf module whose exported function every token constructor calls at creation. */
const CDKTF_STACK_TRACE_MODULE = 'cdktf/lib/tokens/private/stack-trace';

/**
 * Makes cdktf's token constructors skip their creation stack trace in this process, unless `TENANTS_TOKEN_STACKS`
 * is `1` or `true`. Does nothing when cdktf's module is not where cdktf 0.21 keeps it (a renamed fork).
 * @returns true when the traces are now skipped.
 */
export function skipTokenCreationStacks(env: NodeJS.ProcessEnv = process.env): boolean {
  if (['1', 'true'].includes(env.TENANTS_TOKEN_STACKS ?? '')) return false;
  let traces: { captureStackTrace?: unknown };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    traces = require(CDKTF_STACK_TRACE_MODULE) as { captureStackTrace?: unknown };
  } catch {
    return false;
  }
  if (typeof traces.captureStackTrace !== 'function') return false;
  traces.captureStackTrace = (): string[] => [];
  return true;
}
