import type { TerraformStack } from 'cdktf';

/** Where progress goes, and whether to show it: a terminal, not CI. */
export interface ProgressTarget {
  readonly write: (text: string) => void;
  readonly isTTY: boolean;
}

/** Redraw at most this often, so progress costs nothing measurable. */
const REDRAW_MS = 250;

/**
 * Shows `stacks done / total, elapsed` on one terminal line while cdktf synthesizes `stacks`, by wrapping each
 * stack's synthesizer (cdktf's public hook). Silent when the target is not a terminal or `CI` is set.
 * @returns a function that clears the line.
 */
export function showSynthProgress(stacks: readonly TerraformStack[], target: ProgressTarget, env: NodeJS.ProcessEnv = process.env): () => void {
  if (!target.isTTY || env.CI || stacks.length === 0) return () => undefined;
  const start = Date.now();
  let done = 0;
  let drawn = 0;
  const draw = () => {
    drawn = Date.now();
    target.write(`\r\x1b[Ksynthesizing: ${done}/${stacks.length} stacks, ${((drawn - start) / 1000).toFixed(0)} s`);
  };
  for (const stack of stacks) {
    const inner = stack.synthesizer;
    stack.synthesizer = {
      synthesize(session) {
        inner.synthesize(session);
        done++;
        if (Date.now() - drawn >= REDRAW_MS || done === stacks.length) draw();
      },
    };
  }
  return () => target.write('\r\x1b[K');
}
