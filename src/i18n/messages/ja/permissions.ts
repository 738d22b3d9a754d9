// The permissions area's texts in Japanese: the same keys as ../en/permissions.ts.
import type { Messages } from '../messages.ts';

export default {} satisfies Messages['permissions'];
