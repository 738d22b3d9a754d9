// Brings the stored TOTP secrets under the current key: seals any still in clear, re-seals on key rotation.
import { isSealed, type SecretBox } from '../auth/secret-box.ts';
import type { Db } from './database.ts';

interface SecretRow {
  operator_id: string;
  user_name: string;
  mfa_secret: string;
}

function storedSecrets(db: Db): SecretRow[] {
  return db
    .prepare<[], SecretRow>(
      'SELECT operator_id, user_name, mfa_secret FROM users WHERE mfa_secret IS NOT NULL',
    )
    .all();
}

function rewrite(db: Db, rows: { row: SecretRow; sealed: string }[]): void {
  const update = db.prepare<[string, string, string]>(
    'UPDATE users SET mfa_secret = ? WHERE operator_id = ? AND user_name = ?',
  );
  db.transaction(() => {
    for (const { row, sealed } of rows) update.run(sealed, row.operator_id, row.user_name);
  })();
}

/**
 * Seals the secrets a database from before encryption holds in clear, and checks that every sealed
 * one opens with `box`: a server started with the wrong key stops here, with the reason, rather
 * than refusing every MFA sign-in later.
 */
export function sealStoredSecrets(db: Db, box: SecretBox): number {
  const plain: { row: SecretRow; sealed: string }[] = [];
  for (const row of storedSecrets(db)) {
    if (isSealed(row.mfa_secret)) {
      try {
        box.open(row.mfa_secret);
      } catch (error) {
        throw new Error(
          `The TOTP secret of ${row.operator_id}/${row.user_name} does not open with the secret key (${box.keyId}): ${(error as Error).message}. Start with the key the database was written with, or rotate it (docs/local-api.md).`,
        );
      }
    } else {
      plain.push({ row, sealed: box.seal(row.mfa_secret) });
    }
  }
  rewrite(db, plain);
  return plain.length;
}

/** Opens every secret with `from` and seals it with `to`, in one transaction (all or none). */
export function resealStoredSecrets(db: Db, from: SecretBox, to: SecretBox): number {
  const rows = storedSecrets(db).map((row) => ({
    row,
    sealed: to.seal(isSealed(row.mfa_secret) ? from.open(row.mfa_secret) : row.mfa_secret),
  }));
  rewrite(db, rows);
  return rows.length;
}
