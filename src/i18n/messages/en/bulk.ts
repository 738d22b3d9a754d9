// Bulk actions on the user list: the bar shown with a selection, the review dialog and its run. Its own area, so
// the list does not wait for it. Add a key here and the same key in ../ja/bulk.ts.
const users = (n: number) => (n === 1 ? '1 user' : `${n} users`);
const keys = (n: number) => (n === 1 ? '1 AuthKey' : `${n} AuthKeys`);

export default {
  regionLabel: 'Selected users',
  selected: (p: { count: number }) => `${p.count} selected`,
  selectAllShown: (p: { count: number }) => `Select all ${p.count} shown`,
  actionLabel: 'Action for the selected users',
  review: 'Review…',
  clearSelection: 'Clear selection',
  actions: {
    delete: 'Delete users',
    revokeTokens: 'Revoke their tokens (sign them out)',
    revokeMfa: 'Revoke MFA',
    deleteOldKeys: (p: { days: number }) => `Delete AuthKeys older than ${p.days} days`,
    applyTemplate: 'Apply a permission template',
    attachRole: 'Attach a role',
    detachRole: 'Detach a role',
  },
  needs: (p: { action: string; api: string }) => `${p.action} (needs ${p.api})`,
  role: {
    search: 'Find a role',
    legend: 'Role',
    loading: 'Loading roles…',
    loadFailed: 'The roles could not be loaded',
    none: 'The operator has no roles yet.',
    noneAttached: 'None of the chosen users has a role attached.',
    noMatch: 'No role matches.',
    choose: 'Choose a role to see what will happen to each user.',
  },
  headlines: {
    attachRole: (p: { role: string; count: number; skipped: number }) =>
      `Attach ${p.role} to ${users(p.count)}` +
      (p.skipped
        ? `; ${p.skipped} already ${p.skipped === 1 ? 'has' : 'have'} it and ${p.skipped === 1 ? 'is' : 'are'} skipped.`
        : '.'),
    detachRole: (p: { role: string; count: number; skipped: number }) =>
      `Detach ${p.role} from ${users(p.count)}` +
      (p.skipped
        ? `; ${p.skipped} ${p.skipped === 1 ? 'does' : 'do'} not have it and ${p.skipped === 1 ? 'is' : 'are'} skipped.`
        : '.'),
  },
  title: (p: { action: string; count: number }) => `${p.action}: ${users(p.count)}`,
  template: 'Template',
  planIntro: (p: { count: number }) => `This will happen, a few users at a time (${p.count} to do):`,
  skipped: (p: { reason: string }) => `: skipped, ${p.reason}`,
  confirm: (p: { action: string; count: number }) => `${p.action} (${p.count})`,
  effects: {
    delete: (p: { userName: string; keys: number }) =>
      `Delete ${p.userName} with their password, ${keys(p.keys)}, MFA and sessions.`,
    revokeTokens: (p: { userName: string }) => `End every session of ${p.userName}; they sign in again.`,
    revokeMfa: (p: { userName: string }) => `Turn MFA off for ${p.userName}.`,
    deleteOldKeys: (p: { userName: string; keys: number; ids: string }) =>
      `Delete ${keys(p.keys)} of ${p.userName}: ${p.ids}.`,
    applyTemplate: (p: { userName: string; template: string }) =>
      `Replace the permission of ${p.userName} with “${p.template}”.`,
    attachRole: (p: { userName: string; role: string }) => `Attach ${p.role} to ${p.userName}.`,
    detachRole: (p: { userName: string; role: string }) => `Detach ${p.role} from ${p.userName}.`,
  },
  skips: {
    mfaAlreadyOff: 'MFA is already off.',
    noOldKeys: (p: { days: number }) => `no AuthKey older than ${p.days} days.`,
    noTemplate: 'no template chosen.',
    noRole: 'no role chosen.',
    roleAlreadyAttached: (p: { role: string }) => `already has ${p.role}.`,
    roleNotAttached: (p: { role: string }) => `does not have ${p.role}.`,
    notPermitted: (p: { api: string }) => `your permissions lack ${p.api} for this user.`,
  },
  status: {
    waiting: 'Waiting',
    running: 'Working…',
    done: 'Done',
    skipped: (p: { reason: string }) => `Skipped: ${p.reason}`,
    failed: (p: { reason: string }) => `Failed: ${p.reason}`,
  },
  outcomeLabel: 'Outcome per user',
  working: (p: { done: number; total: number }) => `Working: ${p.done} of ${p.total}…`,
  finished: (p: { done: number; skipped: number }) =>
    `Finished: ${p.done} done${p.skipped ? `, ${p.skipped} skipped` : ''}.`,
  partly: (p: { done: number; failed: number; skipped: number }) =>
    `Partly done: ${p.done} done, ${p.failed} failed${p.skipped ? `, ${p.skipped} skipped` : ''}.`,
  closeResults: 'Close',
  finishedButton: 'Finished',
};
