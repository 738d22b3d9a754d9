// The save dialog's model: a line diff with markers and numbers, the access delta by group, and the broad grants.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type ApiCatalogue } from '../../permissions/index.ts';
import {
  defaultsImpact,
  describeLevel,
  diffMarker,
  documentDiff,
  reviewDiff,
  reviewSave,
  selfLockout,
} from './save-review.ts';

let catalogue: ApiCatalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const doc = (statements: unknown[]) => JSON.stringify({ statements }, null, 2);

describe('documentDiff', () => {
  it('lists kept, removed and added lines with their numbers on each side', () => {
    const diff = documentDiff('a\nb\nc', 'a\nB\nc\nd');
    expect(
      diff.lines.map(
        (line) => `${diffMarker(line.kind)}${line.text}|${line.oldNumber ?? ''}|${line.newNumber ?? ''}`,
      ),
    ).toEqual([' a|1|1', '-b|2|', '-c|3|', '+B||2', '+c||3', '+d||4']);
    expect(diff).toMatchObject({ added: 3, removed: 2 });
  });

  it('shows every line as added when nothing was saved, and nothing when the texts agree', () => {
    expect(documentDiff('', '{\n}')).toMatchObject({ added: 2, removed: 0 });
    const same = documentDiff('{\n}', '{\n}');
    expect(same).toMatchObject({ added: 0, removed: 0 });
    expect(same.lines.every((line) => line.kind === 'unchanged')).toBe(true);
  });
});

describe('reviewSave', () => {
  it('groups the operations newly allowed and newly denied', () => {
    const saved = doc([{ effect: 'allow', api: 'Billing:*' }]);
    const draft = doc([{ effect: 'allow', api: ['User:listUsers', 'User:getUser'] }]);
    const review = reviewSave({ saved, baseline: saved, draft, defaults: null }, catalogue);
    expect(review.delta.allowedCount).toBe(2);
    expect(review.delta.newlyAllowed).toEqual([
      {
        group: 'User',
        total: catalogue.countMatching('User:*'),
        changes: [
          { api: 'User:getUser', before: 'denied', after: 'allowed' },
          { api: 'User:listUsers', before: 'denied', after: 'allowed' },
        ],
      },
    ]);
    expect(review.delta.deniedCount).toBe(catalogue.countMatching('Billing:*'));
    expect(review.delta.newlyDenied.map((group) => group.group)).toEqual(['Billing']);
    expect(review.broadGrants).toEqual([]);
    expect(review.diff.removed).toBeGreaterThan(0);
  });

  it('combines the default permissions with both sides of a user’s change', () => {
    const defaults = doc([
      { effect: 'allow', api: 'User:listUsers' },
      { effect: 'deny', api: 'User:deleteUser' },
    ]);
    const draft = doc([{ effect: 'allow', api: ['User:listUsers', 'User:deleteUser', 'User:getUser'] }]);
    const review = reviewSave({ saved: null, baseline: '', draft, defaults }, catalogue);
    // listUsers was already allowed by the defaults; the defaults' deny keeps deleteUser denied.
    expect(review.delta.newlyAllowed.flatMap((group) => group.changes.map((change) => change.api))).toEqual([
      'User:getUser',
    ]);
    expect(review.diff.removed).toBe(0);
  });

  it('names the broad grants that are new, not those already saved', () => {
    const saved = doc([{ effect: 'allow', api: 'User:*' }]);
    const draft = doc([{ effect: 'allow', api: ['User:*', 'Role:*'] }]);
    expect(reviewSave({ saved, baseline: saved, draft, defaults: null }, catalogue).broadGrants).toEqual([
      'Role:*',
    ]);
    const everything = reviewSave(
      { saved: null, baseline: '', draft: doc([{ effect: 'allow', api: '*' }]), defaults: null },
      catalogue,
    );
    expect(everything.broadGrants).toEqual(expect.arrayContaining(['*', 'User:*', 'Role:*', 'Operator:*']));
    expect(everything.delta.allowedCount).toBe(catalogue.operations.length);
  });

  it('reports a conditional allow as allowed under a condition', () => {
    const draft = doc([{ effect: 'allow', api: 'User:listUsers', condition: "samUserName == 'a'" }]);
    const [group] = reviewSave({ saved: null, baseline: '', draft, defaults: null }, catalogue).delta
      .newlyAllowed;
    expect(group?.changes).toEqual([{ api: 'User:listUsers', before: 'denied', after: 'conditional' }]);
    expect(describeLevel('conditional')).toBe('allowed under a condition');
  });
});

describe('selfLockout', () => {
  const self = { userName: 'alice', operatorId: 'OP0000000001', now: new Date('2026-11-28T12:00:00Z') };
  const everything = doc([{ effect: 'allow', api: '*' }]);

  it('names the operations a user editing their own permission would lose on their own user', () => {
    expect(selfLockout(everything, doc([{ effect: 'allow', api: 'Sim:*' }]), null, self)).toEqual([
      'User:updateUserPermission',
      'User:getUserPermission',
    ]);
    expect(
      selfLockout(
        everything,
        doc([
          { effect: 'allow', api: '*' },
          { effect: 'deny', api: 'User:update*' },
        ]),
        null,
        self,
      ),
    ).toEqual(['User:updateUserPermission']);
    // Kept for their own user only: still able to undo.
    expect(
      selfLockout(
        everything,
        doc([
          { effect: 'allow', api: 'User:*Permission', condition: "pathVariable('user_name') == samUserName" },
        ]),
        null,
        self,
      ),
    ).toEqual([]);
    // Lost for their own user even though others are still allowed.
    expect(
      selfLockout(
        everything,
        doc([
          { effect: 'allow', api: '*' },
          { effect: 'deny', api: '*', condition: "pathVariable('user_name') == samUserName" },
        ]),
        null,
        self,
      ),
    ).toEqual(['User:updateUserPermission', 'User:getUserPermission']);
  });

  it('counts the default permissions, and says nothing when nothing is lost', () => {
    const defaults = doc([{ effect: 'allow', api: 'User:*Permission' }]);
    expect(selfLockout(everything, doc([]), defaults, self)).toEqual([]);
    expect(selfLockout(doc([]), doc([]), null, self)).toEqual([]);
    expect(selfLockout(null, everything, null, self)).toEqual([]);
  });

  it('is part of the review only when a SAM user edits their own permission', () => {
    const draft = doc([{ effect: 'allow', api: 'Sim:*' }]);
    expect(
      reviewSave({ saved: everything, baseline: everything, draft, defaults: null, self }, catalogue)
        .selfLockout,
    ).toEqual(['User:updateUserPermission', 'User:getUserPermission']);
    expect(
      reviewSave({ saved: everything, baseline: everything, draft, defaults: null }, catalogue).selfLockout,
    ).toEqual([]);
  });
});

describe('defaultsImpact', () => {
  it('shows whose access a change of the defaults takes away once their own permission is combined', () => {
    const saved = doc([
      { effect: 'allow', api: 'User:getUser', condition: "pathVariable('user_name') == samUserName" },
    ]);
    const draft = doc([...JSON.parse(saved).statements, { effect: 'deny', api: 'User:*' }]);
    const users = [
      { userName: 'admin', permission: doc([{ effect: 'allow', api: '*' }]) },
      { userName: 'viewer', permission: doc([{ effect: 'allow', api: ['User:listUsers', 'Sim:listSims'] }]) },
      { userName: 'sims', permission: doc([{ effect: 'allow', api: 'Sim:*' }]) },
      { userName: 'new' },
    ];
    const userOps = catalogue.countMatching('User:*');
    const impact = defaultsImpact(saved, draft, users, catalogue);
    expect(impact.map((user) => [user.userName, user.newlyDenied.length, user.newlyAllowed.length])).toEqual([
      ['admin', userOps, 0],
      // listUsers from their own permission, and getUser (own) from the old defaults.
      ['viewer', 2, 0],
      ['new', 1, 0],
      ['sims', 1, 0],
    ]);
    // The defaults alone lose only getUser: the per-user view is what shows the lockout.
    expect(reviewSave({ saved, baseline: saved, draft, defaults: null }, catalogue).delta.deniedCount).toBe(
      1,
    );
    expect(
      reviewSave({ saved, baseline: saved, draft, defaults: null, users }, catalogue).userImpact?.[0]
        ?.userName,
    ).toBe('admin');
  });

  it('is empty when no user changes, and unknown (null) without a list of users', () => {
    const saved = doc([{ effect: 'allow', api: 'Sim:listSims' }]);
    const draft = doc([
      { effect: 'allow', api: 'Sim:listSims' },
      { effect: 'allow', api: 'Billing:getBilling' },
    ]);
    expect(
      defaultsImpact(
        saved,
        draft,
        [{ userName: 'everything', permission: doc([{ effect: 'allow', api: '*' }]) }],
        catalogue,
      ),
    ).toEqual([]);
    expect(reviewSave({ saved, baseline: saved, draft, defaults: null }, catalogue).userImpact).toBeNull();
  });
});

describe('reviewDiff', () => {
  it('compares content, not layout, when the draft is typed on one line', () => {
    const saved = doc([{ effect: 'allow', api: ['User:getUser', 'User:listUsers'] }]);
    const compact = JSON.stringify({
      statements: [{ effect: 'allow', api: ['User:getUser', 'User:listUsers', 'Sim:listSims'] }],
    });
    const diff = reviewDiff(saved, compact);
    expect(diff.laidOut).toBe(true);
    expect(
      diff.lines
        .filter((line) => line.kind !== 'unchanged')
        .map((line) => `${diffMarker(line.kind)}${line.text.trim()}`),
    ).toEqual(['-"User:listUsers"', '+"User:listUsers",', '+"Sim:listSims"']);
    // Nothing saved before: every line of the laid-out draft is new.
    expect(reviewDiff('', compact)).toMatchObject({ removed: 0, laidOut: true });
  });

  it('diffs the texts as they are when the draft is laid out already or does not parse', () => {
    const saved = doc([{ effect: 'allow', api: 'User:getUser' }]);
    const draft = doc([{ effect: 'allow', api: 'User:listUsers' }]);
    expect(reviewDiff(saved, draft)).toEqual(documentDiff(saved, draft));
    expect(reviewDiff(saved, '{"statements": [')).toEqual(documentDiff(saved, '{"statements": ['));
  });
});
