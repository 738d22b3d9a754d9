// The authKeys area's texts in Japanese: the same keys as ../en/auth-keys.ts.
import type { Messages } from '../messages.ts';

export default {} satisfies Messages['authKeys'];
