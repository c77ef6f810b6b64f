/** A question's key from its label: "Can you knock doors?" → "can_you_knock_doors". */
export function keyFromLabel(label: string): string {
  const slug = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  if (!slug) return '';
  return /^[a-z]/.test(slug) ? slug : `q_${slug}`.slice(0, 40);
}

/** The rule the server checks keys by (protocol's scriptQuestion). */
export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/** A key not yet used by another question: "ward", then "ward_2", "ward_3"... */
export function uniqueKey(key: string, taken: string[]): string {
  if (!key || !taken.includes(key)) return key;
  for (let n = 2; ; n++) {
    const next = `${key.slice(0, 37)}_${n}`;
    if (!taken.includes(next)) return next;
  }
}
