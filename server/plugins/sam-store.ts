// The local API's storage: the SQLite store opened (or adopted), seeded when asked, closed with the app.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { secretBoxFor, type SecurityOptions } from '../security-options.ts';
import type { Db } from '../store/database.ts';
import { createSamStore, openSamStore, type SamStore } from '../store/sam-store.ts';
import { seedIfEmpty } from '../store/seed.ts';

export interface SeedOptions {
  email: string;
  password: string;
  demoUsers: boolean;
}

export interface SamStoreOptions {
  /** An open database; the caller keeps ownership (the app does not close it). */
  db?: Db | undefined;
  /** A database file (or ':memory:') the plugin opens, migrates and closes with the app. */
  dbPath?: string | undefined;
  seed?: SeedOptions | undefined;
  now: () => Date;
  /** The secret key (or its file) and how long audit entries are kept. */
  security: SecurityOptions;
}

/** Deletes audit entries past the retention at start and every hour after, until the app closes. */
function startAuditPruning(
  app: FastifyInstance,
  store: SamStore,
  now: () => Date,
  retentionDays: number,
): void {
  const prune = () => store.audit.prune(now().getTime() - retentionDays * 24 * 3600 * 1000);
  prune();
  const timer = setInterval(prune, 3600 * 1000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The local API's storage; null in upstream mode. */
    samStore: SamStore | null;
    /** The operator seeded (or found) for the seed email, when seeding was asked for. */
    samSeedOperatorId: string | null;
  }
}

export const samStorePlugin = fp(
  async (app: FastifyInstance, options: SamStoreOptions) => {
    const dbPath = options.dbPath ?? ':memory:';
    const store = options.db
      ? createSamStore(options.db, secretBoxFor(options.security, undefined))
      : openSamStore(dbPath, secretBoxFor(options.security, dbPath));
    if (options.db === undefined) app.addHook('onClose', async () => store.db.close());
    startAuditPruning(app, store, options.now, options.security.auditRetentionDays);
    let seedOperatorId: string | null = null;
    if (options.seed) {
      seedOperatorId =
        (await seedIfEmpty(store, { ...options.seed, now: options.now() })) ??
        store.operators.findByEmail(options.seed.email)?.operator_id ??
        null;
    }
    app.decorate('samStore', store);
    app.decorate('samSeedOperatorId', seedOperatorId);
  },
  { name: 'sam-store' },
);
