// The storage the routes use: one database handle and the repositories over it.
import { randomBytes } from 'node:crypto';
import { createSecretBox, type SecretBox } from '../auth/secret-box.ts';
import { createAuditStore } from './audit-store.ts';
import { openDatabase, type Db } from './database.ts';
import { createOperatorsStore } from './operators-store.ts';
import { createRolesStore } from './roles-store.ts';
import { sealStoredSecrets } from './secret-migration.ts';
import { createSessionsStore } from './sessions-store.ts';
import { createThrottleStore } from './throttle-store.ts';
import { createUsersStore } from './users-store.ts';

/**
 * `box` seals the TOTP secrets; without one a random key is made, which suits a database that lives
 * no longer than this process (tests, `:memory:`). Secrets still in clear are sealed on the spot.
 */
export function createSamStore(db: Db, box: SecretBox = createSecretBox(randomBytes(32))) {
  sealStoredSecrets(db, box);
  return {
    db,
    secretBox: box,
    operators: createOperatorsStore(db),
    users: createUsersStore(db, box),
    roles: createRolesStore(db),
    sessions: createSessionsStore(db),
    throttle: createThrottleStore(db),
    audit: createAuditStore(db),
  };
}

export type SamStore = ReturnType<typeof createSamStore>;

export function openSamStore(path: string, box?: SecretBox): SamStore {
  const db = openDatabase(path);
  try {
    return createSamStore(db, box);
  } catch (error) {
    db.close();
    throw error;
  }
}
