// The mfa area's texts in Japanese: the same keys as ../en/mfa.ts.
import type { Messages } from '../messages.ts';

export default {} satisfies Messages['mfa'];
