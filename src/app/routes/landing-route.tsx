// The landing route ('/'): root and whoever may list users go to the list; everyone else to their own page.
import { Navigate } from 'react-router';
import { useSession } from '../../api/use-session.ts';
import { LoadingState } from '../../components/states.tsx';
import { useMessages } from '../../i18n/use-i18n.ts';
import { paths } from '../../lib/paths.ts';
import { useCapabilities } from '../../queries/capabilities-queries.ts';

export function LandingRoute() {
  const session = useSession();
  const capabilities = useCapabilities();
  const m = useMessages();
  if (!session || session.userName === undefined) return <Navigate to={paths.users()} replace />;
  if (!capabilities.ready) return <LoadingState label={m.app.loadingPage} />;
  // Unknown (documents unreadable) keeps the list: the page then says what the server answered.
  const mayList = capabilities.can('User:listUsers').kind !== 'denied';
  return <Navigate to={mayList ? paths.users() : paths.user(session.userName)} replace />;
}
