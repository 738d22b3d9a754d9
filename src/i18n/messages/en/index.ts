// The English catalogue, one module per feature area so that people adding texts in parallel do not collide. The
// browser loads it in two parts (first-paint.ts, signed-in.ts), so the sign-in page waits for its own texts only.
import firstPaint from './first-paint.ts';
import signedIn from './signed-in.ts';

export default { ...firstPaint, ...signedIn };
