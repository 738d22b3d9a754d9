// Route module for /users.
import { UsersListPage } from '../../features/users/users-list-page.tsx';

export default UsersListPage;
