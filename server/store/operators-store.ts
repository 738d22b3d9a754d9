// SQL for operators: the root user's credentials and the operator's default permissions.
import type { Db } from './database.ts';

export interface OperatorRow {
  operator_id: string;
  email: string;
  password_hash: string;
  default_permissions: string;
  create_time: number;
}

export const EMPTY_PERMISSIONS = '{"statements":[]}';

export function createOperatorsStore(db: Db) {
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM operators');
  const byEmail = db.prepare<[string], OperatorRow>('SELECT * FROM operators WHERE email = ?');
  const byId = db.prepare<[string], OperatorRow>('SELECT * FROM operators WHERE operator_id = ?');
  const insert = db.prepare<[string, string, string, string, number]>(
    'INSERT INTO operators (operator_id, email, password_hash, default_permissions, create_time) VALUES (?, ?, ?, ?, ?)',
  );
  const setDefaults = db.prepare<[string, string]>(
    'UPDATE operators SET default_permissions = ? WHERE operator_id = ?',
  );
  const first = db.prepare<[], OperatorRow>(
    'SELECT * FROM operators ORDER BY create_time, operator_id LIMIT 1',
  );

  return {
    count: (): number => count.get()?.n ?? 0,
    findByEmail: (email: string): OperatorRow | undefined => byEmail.get(email),
    get: (operatorId: string): OperatorRow | undefined => byId.get(operatorId),
    first: (): OperatorRow | undefined => first.get(),
    insert(row: OperatorRow): void {
      insert.run(row.operator_id, row.email, row.password_hash, row.default_permissions, row.create_time);
    },
    setDefaultPermissions(operatorId: string, document: string): boolean {
      return setDefaults.run(document, operatorId).changes > 0;
    },
  };
}

export type OperatorsStore = ReturnType<typeof createOperatorsStore>;
