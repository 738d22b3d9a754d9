// Route module for unknown paths inside the console.
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import { paths } from '../../lib/paths.ts';

export default function NotFoundRoute() {
  const m = useMessages().app;
  usePageTitle(m.notFound.title);
  return (
    <>
      <h1>{m.notFound.title}</h1>
      <p>
        {m.notFound.body} <Link to={paths.users()}>{m.goToUserList}</Link>
      </p>
    </>
  );
}
