// SQL for roles and their attachments to SAM users.
import type { Db } from './database.ts';

export interface RoleRow {
  operator_id: string;
  role_id: string;
  description: string;
  permission: string;
  create_time: number;
  update_time: number;
}

/** A role as listed, with how many users have it attached. */
export interface RoleListRow extends RoleRow {
  user_count: number;
}

/** One attachment, with the role's fields, for building a user's roleList. */
export interface AttachedRoleRow extends RoleRow {
  user_name: string;
}

export type CreateRoleOutcome = 'created' | 'exists' | 'limit';
export type AttachRoleOutcome = 'attached' | 'already' | 'no-role' | 'no-user';
export type DeleteRoleOutcome =
  | { deleted: true }
  | { deleted: false; reason: 'missing' }
  | { deleted: false; reason: 'attached'; count: number };

export function createRolesStore(db: Db) {
  const count = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM roles WHERE operator_id = ?');
  const list = db.prepare<[string], RoleListRow>(
    `SELECT r.*, (SELECT count(*) FROM user_roles ur WHERE ur.operator_id = r.operator_id AND ur.role_id = r.role_id) AS user_count
     FROM roles r WHERE r.operator_id = ? ORDER BY r.role_id`,
  );
  const one = db.prepare<[string, string], RoleRow>(
    'SELECT * FROM roles WHERE operator_id = ? AND role_id = ?',
  );
  const insert = db.prepare<[string, string, string, string, number, number]>(
    'INSERT INTO roles (operator_id, role_id, description, permission, create_time, update_time) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const update = db.prepare<[string, string, number, string, string]>(
    'UPDATE roles SET permission = ?, description = ?, update_time = ? WHERE operator_id = ? AND role_id = ?',
  );
  const remove = db.prepare<[string, string]>('DELETE FROM roles WHERE operator_id = ? AND role_id = ?');
  const usersOfRole = db.prepare<[string, string], { user_name: string }>(
    'SELECT user_name FROM user_roles WHERE operator_id = ? AND role_id = ? ORDER BY user_name',
  );
  const attachedCount = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM user_roles WHERE operator_id = ? AND role_id = ?',
  );
  const rolesOfUser = db.prepare<[string, string], RoleRow>(
    `SELECT r.* FROM user_roles ur JOIN roles r ON r.operator_id = ur.operator_id AND r.role_id = ur.role_id
     WHERE ur.operator_id = ? AND ur.user_name = ? ORDER BY r.role_id`,
  );
  const rolesOfOperatorUsers = db.prepare<[string], AttachedRoleRow>(
    `SELECT r.*, ur.user_name FROM user_roles ur JOIN roles r ON r.operator_id = ur.operator_id AND r.role_id = ur.role_id
     WHERE ur.operator_id = ? ORDER BY ur.user_name, r.role_id`,
  );
  const attachment = db.prepare<[string, string, string], { n: number }>(
    'SELECT count(*) AS n FROM user_roles WHERE operator_id = ? AND user_name = ? AND role_id = ?',
  );
  const userExists = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM users WHERE operator_id = ? AND user_name = ?',
  );
  const attach = db.prepare<[string, string, string, number]>(
    'INSERT INTO user_roles (operator_id, user_name, role_id, attach_time) VALUES (?, ?, ?, ?)',
  );
  const detach = db.prepare<[string, string, string]>(
    'DELETE FROM user_roles WHERE operator_id = ? AND user_name = ? AND role_id = ?',
  );

  // Each decision and its write in one transaction, so a racing request cannot slip between them.
  const createWithinLimit = db.transaction(
    (
      operatorId: string,
      roleId: string,
      permission: string,
      description: string,
      now: number,
      maxRoles: number,
    ): CreateRoleOutcome => {
      if (one.get(operatorId, roleId)) return 'exists';
      if ((count.get(operatorId)?.n ?? 0) >= maxRoles) return 'limit';
      insert.run(operatorId, roleId, description, permission, now, now);
      return 'created';
    },
  );
  const attachOnce = db.transaction(
    (operatorId: string, userName: string, roleId: string, now: number): AttachRoleOutcome => {
      if ((userExists.get(operatorId, userName)?.n ?? 0) === 0) return 'no-user';
      if (!one.get(operatorId, roleId)) return 'no-role';
      if ((attachment.get(operatorId, userName, roleId)?.n ?? 0) > 0) return 'already';
      attach.run(operatorId, userName, roleId, now);
      return 'attached';
    },
  );
  const removeUnattached = db.transaction((operatorId: string, roleId: string): DeleteRoleOutcome => {
    if (!one.get(operatorId, roleId)) return { deleted: false, reason: 'missing' };
    const attached = attachedCount.get(operatorId, roleId)?.n ?? 0;
    if (attached > 0) return { deleted: false, reason: 'attached', count: attached };
    remove.run(operatorId, roleId);
    return { deleted: true };
  });

  return {
    list: (operatorId: string): RoleListRow[] => list.all(operatorId),
    get: (operatorId: string, roleId: string): RoleRow | undefined => one.get(operatorId, roleId),
    create: (
      operatorId: string,
      roleId: string,
      permission: string,
      description: string,
      now: number,
      maxRoles: number,
    ): CreateRoleOutcome => createWithinLimit(operatorId, roleId, permission, description, now, maxRoles),
    update: (
      operatorId: string,
      roleId: string,
      permission: string,
      description: string,
      now: number,
    ): boolean => update.run(permission, description, now, operatorId, roleId).changes > 0,
    remove: (operatorId: string, roleId: string): DeleteRoleOutcome => removeUnattached(operatorId, roleId),
    userNamesOf: (operatorId: string, roleId: string): string[] =>
      usersOfRole.all(operatorId, roleId).map((row) => row.user_name),
    rolesOfUser: (operatorId: string, userName: string): RoleRow[] => rolesOfUser.all(operatorId, userName),
    /** Every attachment of the operator with its role, for listing all users in one query. */
    rolesOfOperatorUsers: (operatorId: string): AttachedRoleRow[] => rolesOfOperatorUsers.all(operatorId),
    attach: (operatorId: string, userName: string, roleId: string, now: number): AttachRoleOutcome =>
      attachOnce(operatorId, userName, roleId, now),
    detach: (operatorId: string, userName: string, roleId: string): boolean =>
      detach.run(operatorId, userName, roleId).changes > 0,
  };
}

export type RolesStore = ReturnType<typeof createRolesStore>;
