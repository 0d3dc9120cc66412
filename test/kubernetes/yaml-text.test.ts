import { parse } from 'yaml';
import { yamlText } from '../../lib/kubernetes/yaml-text';

describe('yamlText', () => {
  it('never folds long lines, so the text does not depend on how long a token placeholder is', () => {
    const short = yamlText({ expr: `sum(x{namespace="${'a'.repeat(10)}"}) by (pod) > 3 and more words that pass eighty characters` });
    const long = yamlText({ expr: `sum(x{namespace="${'a'.repeat(60)}"}) by (pod) > 3 and more words that pass eighty characters` });
    expect(short.split('\n').length).toBe(long.split('\n').length);
    expect(short.trim().split('\n')).toHaveLength(1);
    expect(parse(long).expr).toContain('a'.repeat(60));
  });
});
