// Rotates the key that seals TOTP secrets: `npx tsx server/rotate-secret-key.ts`, with the server stopped.
//
// Reads SAM_DB and SAM_SECRET_KEY_FILE as `npm start` does (defaults: data/sam.db and the key file
// beside it). Steps, each safe to stop after: (1) the new key goes to <key file>.next (0600);
// (2) every secret is re-sealed with it in one transaction; (3) the old key moves to
// <key file>.previous and the new one takes its place. If it stops between (2) and (3), the server
// refuses to start with the old key; move <key file>.next onto the key file to finish.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSecretBox, newKeyText, parseKey, writeKeyFile } from './auth/secret-box.ts';
import { defaultKeyFile } from './security-options.ts';
import { openDatabase } from './store/database.ts';
import { resealStoredSecrets } from './store/secret-migration.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const dbPath = process.env.SAM_DB || join(projectRoot, 'data', 'sam.db');
const keyFile = process.env.SAM_SECRET_KEY_FILE || defaultKeyFile(dbPath);

if (process.env.SAM_SECRET_KEY) {
  throw new Error(
    'SAM_SECRET_KEY is set: rotate that key where it is kept, then run this with SAM_SECRET_KEY_FILE.',
  );
}
if (!existsSync(keyFile)) throw new Error(`No key file at ${keyFile}; nothing to rotate.`);

const oldBox = createSecretBox(parseKey(readFileSync(keyFile, 'utf8'), keyFile));
const nextText = newKeyText();
const nextFile = `${keyFile}.next`;
writeKeyFile(nextFile, nextText);
const newBox = createSecretBox(parseKey(nextText, nextFile));

const db = openDatabase(dbPath);
try {
  const count = resealStoredSecrets(db, oldBox, newBox);
  renameSync(keyFile, `${keyFile}.previous`);
  renameSync(nextFile, keyFile);
  console.log(
    `Re-sealed ${count} TOTP secret(s): key ${oldBox.keyId} → ${newBox.keyId}. The old key is in ${keyFile}.previous; delete it once a backup of the database is no longer needed.`,
  );
} finally {
  db.close();
}
