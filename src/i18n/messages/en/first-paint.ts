// The areas every page shows, the sign-in page included: the part of the catalogue loaded before the first render.
import common from './common.ts';
import app from './app.ts';
import session from './session.ts';

export default { common, app, session };
