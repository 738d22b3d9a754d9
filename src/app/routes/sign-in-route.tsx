// Route module for /sign-in.
import { SignInPage } from '../../features/session/sign-in-page.tsx';

export default SignInPage;
