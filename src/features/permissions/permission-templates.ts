// Ready-made permission documents for the common cases, offered by the editor's template menu.

export interface PermissionTemplate {
  id: string;
  label: string;
  /** One sentence on what the document lets a user do. */
  description: string;
  /** The document as pretty JSON, ready to put in the editor. */
  text: string;
}

type Statement = { effect: 'allow' | 'deny'; api: string | string[]; condition?: string };

function documentText(statements: Statement[]): string {
  return JSON.stringify({ statements }, null, 2);
}

const OWN_USER = "pathVariable('user_name') == samUserName";

export const PERMISSION_TEMPLATES: readonly PermissionTemplate[] = [
  {
    id: 'full-access',
    label: 'Full access',
    description: 'Every operation of the account, including managing SAM users and the operator.',
    text: documentText([{ effect: 'allow', api: '*' }]),
  },
  {
    id: 'read-only',
    label: 'Read-only',
    // Only names that start with get or list: searches (Query:search*) and a few other reads are not covered, so say so.
    description:
      'Every get* and list* operation: read, change nothing. Searches (Query:search*) and other reads not named get or list are not included.',
    text: documentText([{ effect: 'allow', api: ['*:get*', '*:list*'] }]),
  },
  {
    id: 'billing-only',
    label: 'Billing only',
    description: 'Bills, payment methods and the payment history; nothing else.',
    text: documentText([{ effect: 'allow', api: ['Billing:*', 'Payment:*'] }]),
  },
  {
    id: 'change-own-password',
    label: 'Change own password',
    description:
      'Only lets the user open their own page and change their own console password (the console first asks whether one is set).',
    // The console's password tab reads the user and whether a password is set before it offers the change.
    text: documentText([
      {
        effect: 'allow',
        api: ['User:getUser', 'User:hasUserPassword', 'User:updateUserPassword'],
        condition: OWN_USER,
      },
    ]),
  },
  {
    id: 'self-service',
    label: 'Self-service (own password, AuthKeys and MFA)',
    description: 'The user manages their own credentials and nobody else’s.',
    text: documentText([
      {
        effect: 'allow',
        api: [
          'User:getUser',
          'User:updateUserPassword',
          'User:hasUserPassword',
          'User:listUserAuthKeys',
          'User:generateUserAuthKey',
          'User:deleteUserAuthKey',
          'User:getUserMFAStatus',
          'User:enableUserMFA',
          'User:verifyUserMFA',
        ],
        condition: OWN_USER,
      },
    ]),
  },
  {
    id: 'sim-operator',
    label: 'SIM operator',
    description: 'Manage SIMs, subscribers and groups and read their stats; no users, roles or billing.',
    text: documentText([
      { effect: 'allow', api: ['Sim:*', 'Subscriber:*', 'Group:*', 'Stats:get*', 'Query:*'] },
      { effect: 'deny', api: ['Sim:terminateSim', 'Subscriber:terminateSubscriber'] },
    ]),
  },
  {
    id: 'office-network-only',
    label: 'Full access from the office network only',
    description: 'Everything, but only from 192.0.2.0/24 (replace it with your own network).',
    text: documentText([{ effect: 'allow', api: '*', condition: "ipAddress('192.0.2.0/24')" }]),
  },
  {
    id: 'no-access',
    label: 'No access',
    description: 'An empty document: the user can call nothing beyond the default permissions.',
    text: documentText([]),
  },
];

export function findTemplate(id: string): PermissionTemplate | undefined {
  return PERMISSION_TEMPLATES.find((template) => template.id === id);
}
