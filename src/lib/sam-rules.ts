// The input rules that the local SAM API enforces and the console's forms repeat, in one place.

/** SAM user names: 1 to 100 characters of A-Z a-z 0-9 and _ - . @ + = , (our rule; Soracom documents none). */
export const USER_NAME_PATTERN = /^[A-Za-z0-9_.@+=,-]{1,100}$/;
export const USER_NAME_RULE = 'A user name is 1 to 100 characters: letters, digits and _ - . @ + = ,';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 1024;
export const PASSWORD_RULE = `A password has at least ${PASSWORD_MIN} characters.`;

export const DESCRIPTION_MAX = 1000;

export const TOKEN_TIMEOUT_MIN = 180;
export const TOKEN_TIMEOUT_MAX = 172800;
export const TOKEN_TIMEOUT_DEFAULT = 86400;

/** Soracom's documented ceiling; the local sandbox lets SAM_MAX_USERS raise it. */
export const DEFAULT_MAX_USERS = 50;

/** Roles per operator in the local API (our choice; Soracom documents none); SAM_MAX_ROLES changes it. */
export const DEFAULT_MAX_ROLES = 200;

/** Role IDs the operator creates: like user names (our rule); a colon only appears in Soracom managed roles' SRNs. */
export const ROLE_ID_PATTERN = /^[A-Za-z0-9_.@+=,-]{1,100}$/;
export const ROLE_ID_RULE = 'A role ID is 1 to 100 characters: letters, digits and _ - . @ + = ,';

/** Names that would point at another path (dot segments, the users' default_permissions). */
export const RESERVED_PATH_NAMES: readonly string[] = ['.', '..', 'default_permissions'];

/** A switched session lives 180 to 3600 seconds (Soracom's rule); 3600 when not asked. */
export const SWITCH_TIMEOUT_MAX = 3600;

export type MfaStatus = 'INACTIVE' | 'UNCONFIRMED' | 'ACTIVE';
