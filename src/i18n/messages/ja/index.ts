// The Japanese catalogue: the same areas and keys as the English one, checked by the type Messages.
import type { Messages } from '../messages.ts';
import firstPaint from './first-paint.ts';
import signedIn from './signed-in.ts';

export default { ...firstPaint, ...signedIn } satisfies Messages;
