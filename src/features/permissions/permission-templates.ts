// Ready-made permission documents for the common cases, offered by the editor's template menu.
import type { Messages } from '../../i18n/messages/messages.ts';
import { messages } from '../../i18n/i18n-store.ts';

export interface PermissionTemplate {
  id: TemplateId;
  label: string;
  /** One sentence on what the document lets a user do. */
  description: string;
  /** The document as pretty JSON, ready to put in the editor. */
  text: string;
}

type TemplateId = keyof Messages['permissions']['templates'];

/** A template whose label and description are read from the catalogue when shown, in the chosen language. */
function template(id: TemplateId, text: string): PermissionTemplate {
  return {
    id,
    get label() {
      return messages().permissions.templates[id].label;
    },
    get description() {
      return messages().permissions.templates[id].description;
    },
    text,
  };
}

type Statement = { effect: 'allow' | 'deny'; api: string | string[]; condition?: string };

function documentText(statements: Statement[]): string {
  return JSON.stringify({ statements }, null, 2);
}

const OWN_USER = "pathVariable('user_name') == samUserName";

export const PERMISSION_TEMPLATES: readonly PermissionTemplate[] = [
  template('full-access', documentText([{ effect: 'allow', api: '*' }])),
  template('read-only', documentText([{ effect: 'allow', api: ['*:get*', '*:list*'] }])),
  template('billing-only', documentText([{ effect: 'allow', api: ['Billing:*', 'Payment:*'] }])),
  // The console's password tab reads the user and whether a password is set before it offers the change.
  template(
    'change-own-password',
    documentText([
      {
        effect: 'allow',
        api: ['User:getUser', 'User:hasUserPassword', 'User:updateUserPassword'],
        condition: OWN_USER,
      },
    ]),
  ),
  template(
    'self-service',
    documentText([
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
  ),
  template(
    'sim-operator',
    documentText([
      { effect: 'allow', api: ['Sim:*', 'Subscriber:*', 'Group:*', 'Stats:get*', 'Query:*'] },
      { effect: 'deny', api: ['Sim:terminateSim', 'Subscriber:terminateSubscriber'] },
    ]),
  ),
  template(
    'office-network-only',
    documentText([{ effect: 'allow', api: '*', condition: "ipAddress('192.0.2.0/24')" }]),
  ),
  template('no-access', documentText([])),
];

export function findTemplate(id: string): PermissionTemplate | undefined {
  return PERMISSION_TEMPLATES.find((template) => template.id === id);
}
