// What the signed-in principal may do: their documents read once per token (a token carries the permissions of when
// it was issued; a renewed one, about hourly in use, takes a colleague's changes), judged by src/lib/capabilities.ts,
// which brings the permission engine and is fetched with the documents (root and the first load need neither).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '../api/api-error.ts';
import { getDefaultPermissions, getRole, getUser, getUserPermission } from '../api/operations.ts';
import type { Session } from '../api/session-store.ts';
import { useRefusedCalls, useSession } from '../api/use-session.ts';
import {
  refusing,
  rootCapabilities,
  unreadCapabilities,
  type Capabilities,
  type PrincipalDocuments,
  type Principal,
} from '../lib/capability-verdicts.ts';
import { sessionKeys } from './query-keys.ts';

/** A read the principal may not make answers undefined ("could not be read"); any other failure is a failure. */
async function readable<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (isApiError(error) && (error.status === 403 || error.status === 404)) return undefined;
    throw error;
  }
}

/**
 * The document of each role in the list, read with getRole; undefined when any cannot be read (refused, gone, or
 * answered without its document), since a role left out could hold the deny that decides.
 */
async function readRoleDocuments(roleIds: readonly string[]): Promise<string[] | undefined> {
  const roles = await Promise.all(roleIds.map((roleId) => readable(() => getRole({ roleId }))));
  const documents: string[] = [];
  for (const role of roles) {
    if (typeof role?.permission !== 'string') return undefined;
    documents.push(role.permission);
  }
  return documents;
}

/** The SAM user's own permission, the default permissions and each attached role's permission. */
export async function readPrincipalDocuments(userName: string): Promise<PrincipalDocuments> {
  const [permission, defaults, user] = await Promise.all([
    readable(() => getUserPermission({ userName })),
    readable(getDefaultPermissions),
    readable(() => getUser({ userName })),
  ]);
  return {
    user: permission ? permission.permission : undefined,
    defaults: defaults ? defaults.defaultPermissions : undefined,
    roles: user ? await readRoleDocuments(user.roleList.map((role) => role.roleId)) : undefined,
  };
}

/** A SAM user's documents, read once per token, and the engine's judge of them. */
export interface PrincipalJudgement {
  documents: PrincipalDocuments;
  judge: (principal: Principal, documents: PrincipalDocuments, refused: ReadonlySet<string>) => Capabilities;
}

export const principalDocumentsOptions = (session: Session) =>
  queryOptions({
    queryKey: sessionKeys.capabilities(session.apiKey, session.token),
    queryFn: async (): Promise<PrincipalJudgement> => {
      const [documents, { capabilitiesOf }] = await Promise.all([
        session.userName === undefined
          ? Promise.resolve<PrincipalDocuments>({ user: null, defaults: null, roles: [] })
          : readPrincipalDocuments(session.userName),
        import('../lib/capabilities.ts'),
      ]);
      return { documents, judge: (principal, read, refused) => capabilitiesOf(principal, read, refused) };
    },
    staleTime: Infinity,
    meta: { silentErrors: true },
  });

export function principalOf(session: Session): Principal {
  return session.method === 'root' || session.userName === undefined
    ? { kind: 'root' }
    : { kind: 'samUser', userName: session.userName };
}

/**
 * The signed-in principal's capabilities. Until the documents are read (or when they cannot be), SAM users get
 * "unknown" verdicts: actions are offered as before and the server decides. A call the server answered 403 with
 * this session's token is denied from then on, naming its API, whatever the documents say.
 */
export function useCapabilities(): Capabilities & { ready: boolean } {
  const session = useSession();
  const refused = useRefusedCalls();
  const principal = session ? principalOf(session) : null;
  const judgement = useQuery({
    ...principalDocumentsOptions(session ?? { apiKey: '', token: '', operatorId: '', method: 'root' }),
    enabled: principal?.kind === 'samUser',
    // While a renewed token reads the documents again, the verdicts stay as they were rather than turning unknown.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === session?.apiKey ? previous : undefined,
  });
  if (!session || !principal) return { ...rootCapabilities(), ready: false };
  if (principal.kind === 'root') return { ...rootCapabilities(), ready: true };
  if (judgement.data === undefined)
    return { ...refusing(unreadCapabilities(principal), refused), ready: judgement.isError };
  return { ...judgement.data.judge(principal, judgement.data.documents, refused), ready: true };
}
