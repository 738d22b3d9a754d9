// Who a live session acts as: the root user, or a SAM user with the permissions fixed at sign-in.

/** A SAM user's session, as authorizeCall sees it. */
export interface SessionPrincipal {
  operatorId: string;
  userName: string;
  /** Set when the session was opened with an AuthKey. */
  authKeyId?: string;
  /** The user's permission document (a JSON string) as it was at sign-in; '' when none was set. */
  userPermission: string;
  /** The operator's default permissions (a JSON string) as they were at sign-in; '' when none. */
  defaultPermissions: string;
  /** The roles attached at sign-in, each with its permission document as it was then. */
  roles?: readonly { roleId: string; permission: string }[];
}

export type Session =
  | { kind: 'root'; operatorId: string; apiKey: string; tokenHash: string }
  | { kind: 'samUser'; operatorId: string; apiKey: string; tokenHash: string; principal: SessionPrincipal };

/** One call to authorize: the permission name and the facts conditions may look at. */
export interface ApiCall {
  /** `Group:operationId`, e.g. `User:createUser`. */
  api: string;
  method: string;
  /** The `{placeholders}` of the called path, e.g. `{ operator_id, user_name }`. */
  pathVariables: Record<string, string>;
  clientIp: string;
  now: Date;
}

export interface Decision {
  allowed: boolean;
  api: string;
  /** Why, in English, for logs and the 403 message. */
  reason: string;
}
