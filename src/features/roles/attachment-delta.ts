// What attaching or detaching one role changes for one user: the access delta with their own permission, other roles and the defaults.
import { sourcesDelta, type AccessChange, type ApiCatalogue } from '../../permissions/index.ts';

export interface UserDocuments {
  /** The user's own permission ('' or null when none). */
  permission: string | null;
  /** The documents of the roles attached now, by role ID. */
  roles: ReadonlyMap<string, string>;
  defaults: string | null;
}

export interface AttachmentDelta {
  newlyAllowed: readonly AccessChange[];
  newlyDenied: readonly AccessChange[];
}

const orNull = (text: string | null): string | null => (text === null || text.trim() === '' ? null : text);

/** Attaching `roleId` (with `document`) or detaching it: the operations the user gains and loses. */
export function attachmentDelta(
  user: UserDocuments,
  change: { kind: 'attach'; roleId: string; document: string } | { kind: 'detach'; roleId: string },
  catalogue: ApiCatalogue,
): AttachmentDelta {
  const current = [...user.roles.values()];
  const without = [...user.roles].filter(([id]) => id !== change.roleId).map(([, text]) => text);
  const base = { user: orNull(user.permission), defaults: orNull(user.defaults) };
  return change.kind === 'attach'
    ? sourcesDelta({ ...base, roles: current }, { ...base, roles: [...current, change.document] }, catalogue)
    : sourcesDelta({ ...base, roles: current }, { ...base, roles: without }, catalogue);
}
