// Splits a TOTP secret into short blocks so a person can read it into an authenticator app.

/** Groups a secret into blocks of `size` characters separated by single spaces, e.g. `ABCD EFGH IJ`. */
export function groupSecret(secret: string, size = 4): string {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`group size must be a positive integer, not ${size}`);
  // Padding and stray spaces carry no information for the reader and would break the rhythm.
  const compact = secret.replace(/[\s=]/g, '').toUpperCase();
  const groups: string[] = [];
  for (let start = 0; start < compact.length; start += size) groups.push(compact.slice(start, start + size));
  return groups.join(' ');
}
