// The storage the routes use: one database handle and the repositories over it.
import { openDatabase, type Db } from './database.ts';
import { createOperatorsStore } from './operators-store.ts';
import { createRolesStore } from './roles-store.ts';
import { createSessionsStore } from './sessions-store.ts';
import { createUsersStore } from './users-store.ts';

export function createSamStore(db: Db) {
  return {
    db,
    operators: createOperatorsStore(db),
    users: createUsersStore(db),
    roles: createRolesStore(db),
    sessions: createSessionsStore(db),
  };
}

export type SamStore = ReturnType<typeof createSamStore>;

export function openSamStore(path: string): SamStore {
  return createSamStore(openDatabase(path));
}
