// Route module for /roles.
import { RolesListPage } from '../../features/roles/roles-list-page.tsx';

export default RolesListPage;
