import { Scope, UnknownExpression, closingBrace, evaluateTemplate, isKnown, materialize } from '../../lib/terraform-json/expressions';

const scope = (vars: Record<string, unknown> = {}, locals: Record<string, unknown> = {}): Scope => ({
  variable: (name) => (name in vars ? vars[name] : undefined),
  local: (name) => (name in locals ? locals[name] : undefined),
});
const value = (text: string, s: Scope = scope()) => materialize(evaluateTemplate(text, s).value);

describe('evaluateTemplate', () => {
  const s = scope({ name: 'acme-data', n: 3, on: true, tags: { env: 'prod' }, ids: ['a', 'b'], pending: new UnknownExpression('var.pending') });

  it('gives a lone interpolation its value, of any type', () => {
    expect(value('${var.name}', s)).toBe('acme-data');
    expect(value('${var.n}', s)).toBe(3);
    expect(value('${var.on}', s)).toBe(true);
    expect(value('${var.tags}', s)).toEqual({ env: 'prod' });
  });

  it('joins text and known parts into a string', () => {
    expect(value('arn:aws:s3:::${var.name}/*', s)).toBe('arn:aws:s3:::acme-data/*');
    expect(value('${var.name}-${var.n}', s)).toBe('acme-data-3');
  });

  it('follows attribute and index traversals', () => {
    expect(value('${var.tags.env}', s)).toBe('prod');
    expect(value('${var.tags["env"]}', s)).toBe('prod');
    expect(value('${var.ids[1]}', s)).toBe('b');
  });

  it('evaluates operators, conditionals and a few pure functions over known values', () => {
    expect(value('${var.n > 2 ? "many" : "few"}', s)).toBe('many');
    expect(value('${var.tags.env == "prod" && var.on}', s)).toBe(true);
    expect(value('${!var.on}', s)).toBe(false);
    expect(value('${var.n * 2 + 1}', s)).toBe(7);
    expect(value('${upper(var.name)}', s)).toBe('ACME-DATA');
    expect(value('${lookup(var.tags, "team", "none")}', s)).toBe('none');
    expect(value('${join(",", var.ids)}', s)).toBe('a,b');
    expect(value('${tobool("true")}', s)).toBe(true);
  });

  it('leaves resource references and other unknowns as written', () => {
    expect(value('${aws_s3_bucket.data.arn}/*', s)).toBe('${aws_s3_bucket.data.arn}/*');
    expect(value('${count.index}', s)).toBe('${count.index}');
    expect(value('${aws_subnet.private[*].id}', s)).toBe('${aws_subnet.private[*].id}');
    expect(value('${[for s in var.ids : upper(s)]}', s)).toBe('${[for s in var.ids : upper(s)]}');
  });

  it('keeps a variable without a value unknown, and an operation on it unknown, naming it', () => {
    expect(value('${var.pending}', s)).toBe('${var.pending}');
    expect(value('${var.pending == "x" ? 1 : 2}', s)).toBe('${var.pending == "x" ? 1 : 2}');
    expect(value('prefix-${var.pending}', s)).toBe('prefix-${var.pending}');
  });

  it('decides what does not depend on the unknown side', () => {
    expect(value('${var.pending ? 5 : 5}', s)).toBe(5);
    expect(value('${false && var.pending}', s)).toBe(false);
    expect(value('${true || var.pending}', s)).toBe(true);
  });

  it('renders jsonencode with unknown parts left as ${...} text inside the JSON', () => {
    const text = value('${jsonencode({Statement = [{Effect = "Deny", Resource = "${aws_s3_bucket.b.arn}/*"}]})}', s);
    expect(JSON.parse(text as string)).toEqual({ Statement: [{ Effect: 'Deny', Resource: '${aws_s3_bucket.b.arn}/*' }] });
  });

  it('replaces a local by its value, also when that value is a reference', () => {
    const withLocals = scope({}, { bucket: new UnknownExpression('aws_s3_bucket.data.id'), cfg: { name: 'x', key: new UnknownExpression('aws_kms_key.k.arn') } });
    expect(value('${local.bucket}', withLocals)).toBe('${aws_s3_bucket.data.id}');
    expect(value('${local.cfg.name}', withLocals)).toBe('x');
    expect(value('${local.cfg.key}', withLocals)).toBe('${aws_kms_key.k.arn}');
  });

  it('keeps escapes, directives and unparsable text as written', () => {
    expect(value('arn:aws:s3:::b/$${aws:username}/*', s)).toBe('arn:aws:s3:::b/$${aws:username}/*');
    expect(value('%{ if var.on }x%{ endif }', s)).toBe('%{ if var.on }x%{ endif }');
    expect(value('${var.name ++ 1}', s)).toBe('${var.name ++ 1}');
    expect(value('plain text', s)).toBe('plain text');
  });

  it('says whether a variable or local took part', () => {
    expect(evaluateTemplate('${var.name}', s).substituted).toBe(true);
    expect(evaluateTemplate('${aws_vpc.v.id}', s).substituted).toBe(false);
  });
});

describe('isKnown and closingBrace', () => {
  it('tells values with unknown parts', () => {
    expect(isKnown({ a: [1, 'x'] })).toBe(true);
    expect(isKnown({ a: [new UnknownExpression('x')] })).toBe(false);
  });

  it('finds the brace that closes an interpolation, past strings and nested braces', () => {
    const text = '${lookup({a = "}"}, "a")} tail';
    expect(text.slice(0, closingBrace(text, 2))).toBe('${lookup({a = "}"}, "a")}');
  });
});
