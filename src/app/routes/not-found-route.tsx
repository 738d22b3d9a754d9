// Route module for unknown paths inside the console.
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';

export default function NotFoundRoute() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/users">Go to the user list</Link>.
      </p>
    </>
  );
}
