// Credential hygiene texts in Japanese: the same keys as ../en/hygiene.ts.
import type { Messages } from '../messages.ts';

export default {
  filters: {
    groupLabel: '認証情報の衛生フィルター',
    mfaOff: 'MFA がオフまたは設定待ち',
    passwordNoMfa: 'パスワードあり・MFA がオンでない',
    oldKeys: ({ days }) => `${days} 日より古い認証キー`,
    unusedKeys: '一度も使われていない認証キー',
    noCredentials: '認証情報なし',
    hasRoles: 'ロールあり',
    noRoles: 'ロールなし',
    broadPermission: '広い権限（* または グループ:*）',
    deniesNothing: '何も拒否しない権限',
    atLeast: ({ count }) => `${count} 以上`,
    readsAllMfa: '選ぶと全ユーザーの MFA 状態を読み込みます',
    ageBefore: '古いとみなす日数:',
    ageAfter: '日より前',
    clear: 'フィルターを解除',
    noMatchTitle: 'これらのフィルターに一致するユーザーはいません',
    chosen: ({ list }) => `選択中: ${list}。`,
    readingMfa: ({ done, total }) => `MFA 状態を読み込み中: ${total} 人中 ${done} 人。`,
    undecided: ({ count }) => `${count} 人はまだ判定できていません。`,
  },
  summary: {
    label: '認証情報の衛生サマリー',
    passwordNoMfa: ({ count }) => `${count} 人がパスワードだけでサインインできます (MFA がオンでない)`,
    oldKeys: ({ count, days }) => `${count} 人が ${days} 日より古い認証キーを持っています`,
    unusedKeys: ({ count }) => `${count} 人が一度も使われていない認証キーを持っています`,
    broadPermission: ({ count }) => `${count} 人が広い権限を持っています`,
    noCredentials: ({ count }) => `${count} 人は認証情報をまったく持っていません`,
    mfaUnread: ({ count }) => `${count} 人の MFA 状態はまだ読み込んでいません。`,
    readAllMfa: 'すべての MFA 状態を読み込む',
  },
  list: {
    limit: ({ count, limit }) => `上限 ${limit} 人中 ${count} 人`,
    lastSignIn: '最終サインイン',
    lastSignInNotProvided: '最終サインイン: Soracom の API は提供していません。',
    selectPage: 'このページのユーザーをすべて選択',
    selectUser: ({ userName }) => `${userName} を選択`,
    mfaNotPermitted: ({ operation }) => `権限に ${operation} がありません`,
    bulkNoneOffered: ({ apis }) =>
      `一括操作はできません。どの操作にも、権限にない API が必要です（${apis}）。`,
  },
  overview: {
    lastSignInNotProvided: 'Soracom の API は提供していません',
  },
  report: {
    label: '認証情報レポート',
    csv: 'CSV をダウンロード',
    json: 'JSON をダウンロード',
    reading: ({ done, total }) => `レポート用に MFA 状態を読み込み中: ${total} 人中 ${done} 人…`,
    failed: ({ reason }) => `レポートを作成できませんでした: ${reason}`,
  },
} satisfies Messages['hygiene'];
