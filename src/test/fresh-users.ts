// New SAM users on the live API for a component test file, each with a name of its own.
import { createUser, createUserPassword } from '../api/index.ts';

/**
 * freshUsers('reset') answers a function that creates reset-1, reset-2, … (with `description` when given), each with
 * a console password when one is passed, and answers the new user's name.
 */
export function freshUsers(
  prefix: string,
  { description }: { description?: string } = {},
): (password?: string) => Promise<string> {
  let count = 0;
  return async (password) => {
    count += 1;
    const userName = `${prefix}-${count}`;
    await createUser({ userName, description });
    if (password) await createUserPassword({ userName, password });
    return userName;
  };
}
