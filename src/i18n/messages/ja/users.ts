// The users area's texts in Japanese: the same keys as ../en/users.ts.
import type { Messages } from '../messages.ts';

export default {} satisfies Messages['users'];
