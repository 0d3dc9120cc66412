/** Google label keys and values: at most 63 characters. */
const MAX_LABEL_LENGTH = 63;

/** Lowercase letters, digits, `_` and `-` only; anything else becomes `_`. */
function clean(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '_')
    .slice(0, MAX_LABEL_LENGTH);
}

/**
 * Tags as Google labels: keys and values lowercased, characters other than `[a-z0-9_-]` replaced by `_`, cut to
 * 63 characters; a key that does not start with a letter gets a `t_` prefix (keys must). When two tags clean to
 * the same key, the later one wins.
 */
export function gcpLabels(tags: Readonly<Record<string, string>>): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(tags)) {
    let k = clean(key);
    if (!/^[a-z]/.test(k)) k = `t_${k}`.slice(0, MAX_LABEL_LENGTH);
    labels[k] = clean(value);
  }
  return labels;
}
