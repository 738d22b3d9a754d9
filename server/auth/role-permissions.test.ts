// Roles in the permissions a SAM user's token carries: allows, denies, and when changes reach a session.
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../use-test-app.ts';
import { NOW, READ_USERS, doc, routeHelpers } from '../routes/route-test-kit.ts';

const { t, root } = useTestApp({ now: () => NOW, maxRoles: 3 });

const { rolePath, userPath, createRole, createUser, attach } = routeHelpers(() => ({ t, root }));

describe('roles in what a SAM user may do', () => {
  const CREATE_USERS = doc({ effect: 'allow', api: 'User:createUser' });

  it('a user allowed User:createUser only through a role can create; after detach and token revoke they cannot', async () => {
    await createRole('creators', CREATE_USERS);
    await createUser('alice', 'alice-password');
    expect((await attach('alice', 'creators')).statusCode).toBe(200);
    const alice = await t.signInUser('alice', 'alice-password');
    expect((await t.call({ method: 'POST', url: userPath('made-by-role'), headers: alice })).statusCode).toBe(
      201,
    );

    // Detaching alone does not reach the token signed in with the role...
    expect(
      (await t.call({ method: 'DELETE', url: `${userPath('alice')}/roles/creators`, headers: root }))
        .statusCode,
    ).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: userPath('still-allowed'), headers: alice })).statusCode,
    ).toBe(201);
    // ...revoking the tokens does, and a new sign-in has no role.
    expect(
      (await t.call({ method: 'DELETE', url: `${userPath('alice')}/tokens`, headers: root })).statusCode,
    ).toBe(204);
    expect((await t.call({ method: 'POST', url: userPath('too-late'), headers: alice })).statusCode).toBe(
      401,
    );
    const again = await t.signInUser('alice', 'alice-password');
    const refused = await t.call({ method: 'POST', url: userPath('too-late'), headers: again });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ code: 'SAM0201', message: 'This user may not call User:createUser.' });
  });

  it("a deny in a role beats an allow in the user's own permission", async () => {
    await createRole('no-create', doc({ effect: 'deny', api: 'User:createUser' }));
    await createUser('alice', 'alice-password');
    const own = await t.call({
      method: 'PUT',
      url: `${userPath('alice')}/permission`,
      headers: root,
      payload: { permission: doc({ effect: 'allow', api: '*' }) },
    });
    expect(own.statusCode).toBe(200);
    const before = await t.signInUser('alice', 'alice-password');
    expect((await t.call({ method: 'POST', url: userPath('allowed'), headers: before })).statusCode).toBe(
      201,
    );

    await attach('alice', 'no-create');
    const after = await t.signInUser('alice', 'alice-password');
    expect((await t.call({ method: 'POST', url: userPath('denied'), headers: after })).statusCode).toBe(403);
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: after })).statusCode).toBe(
      200,
    );
  });

  it('a role changed after sign-in reaches the user only at the next sign-in', async () => {
    await createRole('lister', doc({ effect: 'allow', api: 'User:listUsers' }));
    await createUser('alice', 'alice-password');
    await attach('alice', 'lister');
    const alice = await t.signInUser('alice', 'alice-password');
    await t.call({
      method: 'PUT',
      url: rolePath('lister'),
      headers: root,
      payload: { permission: doc({ effect: 'deny', api: '*' }) },
    });
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: alice })).statusCode).toBe(
      200,
    );
    const again = await t.signInUser('alice', 'alice-password');
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: again })).statusCode).toBe(
      403,
    );
  });

  it('the Role operations are themselves permissions (Role:listRoles)', async () => {
    await createUser('alice', 'alice-password');
    await t.call({
      method: 'PUT',
      url: `${userPath('alice')}/permission`,
      headers: root,
      payload: { permission: doc({ effect: 'allow', api: 'Role:listRoles' }) },
    });
    const alice = await t.signInUser('alice', 'alice-password');
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/roles`, headers: alice })).statusCode).toBe(
      200,
    );
    const create = await t.call({
      method: 'POST',
      url: rolePath('mine'),
      headers: alice,
      payload: { permission: READ_USERS },
    });
    expect(create.statusCode).toBe(403);
    expect(create.json().message).toBe('This user may not call Role:createRole.');
  });
});
