// What the operations on one SAM user share: the reference callers pass, and the path parameters it becomes.
import { currentOperatorId } from '../client.ts';

export interface UserRef {
  userName: string;
}

export function userPath(operation: `${string}:${string}`, userName: string) {
  return { path: { operator_id: currentOperatorId(operation), user_name: userName } };
}
