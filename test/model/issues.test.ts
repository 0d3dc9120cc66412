import { z } from 'zod';
import { describeIssue, oneLine, shown } from '../../lib/model/issues';

/** The one line describeIssue gives for parsing `value` with `schema`. */
function line(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected a failure');
  return describeIssue(result.error.issues[0]);
}

describe('describeIssue', () => {
  it('says what a field must be and what it got, never "is required" for a value of the wrong type', () => {
    expect(line(z.object({ a: z.string() }), { a: 42 })).toBe('must be text (got 42); put the value in quotes');
    expect(line(z.object({ a: z.string() }), {})).toBe('is required');
    expect(line(z.number(), '1500')).toBe("must be a finite number (got '1500'); remove the quotes");
    expect(line(z.number(), Number.NaN)).toBe('must be a finite number (got .nan)');
    expect(line(z.number(), Infinity)).toBe('must be a finite number (got .inf)');
    expect(line(z.number().int(), 2.5)).toBe('must be a whole number (got 2.5)');
    expect(line(z.array(z.string()), 'soc2')).toBe("must be a list (got 'soc2'); write it as a list: [soc2]");
  });

  it('replaces zod wording with the bound or the choices', () => {
    expect(line(z.number().int().positive(), 0)).toBe('must be a positive number (got 0)');
    expect(line(z.number().min(20), 5)).toBe('must be at least 20 (got 5)');
    expect(line(z.enum(['aws', 'azure']), 'ibm')).toBe("must be one of: aws, azure (got 'ibm')");
    expect(line(z.union([z.literal(1), z.literal(3)]), 2)).toBe('must be one of: 1, 3 (got 2)');
    expect(line(z.iso.date(), '2025-13-01')).toBe("must be a date written YYYY-MM-DD (got '2025-13-01')");
    const backend = z.discriminatedUnion('type', [z.object({ type: z.literal('s3') }), z.object({ type: z.literal('gcs') })]);
    expect(line(backend, { type: 'nfs' })).toBe("must be one of: s3, gcs (got 'nfs')");
  });

  it('keeps a schema’s own message, as a noun phrase or an instruction', () => {
    expect(line(z.string().regex(/^[a-z]+$/, 'an S3 bucket name'), 'A B')).toBe("must be an S3 bucket name (got 'A B')");
    expect(line(z.string().min(10, 'give a reason of at least 10 characters'), 'ok')).toBe("give a reason of at least 10 characters (got 'ok')");
  });

  it('shows values on one line, short, with control characters escaped', () => {
    expect(shown('a\nb\u001b[31m')).toBe("'a\\x0ab\\x1b[31m'");
    expect(oneLine('x'.repeat(100))).toHaveLength(60);
    expect(shown(null)).toBe('null');
    expect(shown({ a: 1 })).toBe('a mapping');
  });
});
