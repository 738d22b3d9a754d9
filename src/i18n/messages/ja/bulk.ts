// ユーザー一覧の一括操作 (選択時のバー、確認ダイアログと実行): ../en/bulk.ts と同じキー。
import type { Messages } from '../messages.ts';

export default {
  regionLabel: '選択したユーザー',
  selected: ({ count }) => `${count} 人を選択中`,
  selectAllShown: ({ count }) => `表示中の ${count} 人をすべて選択`,
  actionLabel: '選択したユーザーへの操作',
  review: '確認…',
  clearSelection: '選択を解除',
  actions: {
    delete: 'ユーザーを削除',
    revokeTokens: 'トークンを失効（サインアウト）',
    revokeMfa: 'MFA を無効化',
    deleteOldKeys: ({ days }) => `${days} 日より古い認証キーを削除`,
    applyTemplate: '権限テンプレートを適用',
    attachRole: 'ロールをアタッチ',
    detachRole: 'ロールをデタッチ',
  },
  needs: ({ action, api }) => `${action}（${api} が必要）`,
  role: {
    search: 'ロールを検索',
    legend: 'ロール',
    loading: 'ロールを読み込み中…',
    loadFailed: 'ロールを読み込めませんでした',
    none: 'このオペレーターにはまだロールがありません。',
    noneAttached: '選択したユーザーにはロールがアタッチされていません。',
    noMatch: '一致するロールはありません。',
    choose: 'ロールを選ぶと、ユーザーごとに何が行われるかが表示されます。',
  },
  headlines: {
    attachRole: ({ role, count, skipped }) =>
      `${role} を ${count} 人にアタッチします` +
      (skipped ? `。${skipped} 人はすでにアタッチ済みのためスキップします。` : '。'),
    detachRole: ({ role, count, skipped }) =>
      `${role} を ${count} 人からデタッチします` +
      (skipped ? `。${skipped} 人はアタッチされていないためスキップします。` : '。'),
  },
  title: ({ action, count }) => `${action}: ${count} 人`,
  template: 'テンプレート',
  planIntro: ({ count }) => `次の操作を数人ずつ実行します（対象 ${count} 人）:`,
  skipped: ({ reason }) => `: スキップ、${reason}`,
  confirm: ({ action, count }) => `${action}（${count}）`,
  effects: {
    delete: ({ userName, keys }) =>
      `${userName} を、パスワード、認証キー ${keys} 個、MFA、セッションとともに削除します。`,
    revokeTokens: ({ userName }) =>
      `${userName} のすべてのセッションを終了します。再度サインインが必要です。`,
    revokeMfa: ({ userName }) => `${userName} の MFA を無効にします。`,
    deleteOldKeys: ({ userName, keys, ids }) => `${userName} の認証キー ${keys} 個を削除します: ${ids}。`,
    applyTemplate: ({ userName, template }) => `${userName} の権限を「${template}」に置き換えます。`,
    attachRole: ({ userName, role }) => `${userName} に ${role} をアタッチします。`,
    detachRole: ({ userName, role }) => `${userName} から ${role} をデタッチします。`,
  },
  skips: {
    mfaAlreadyOff: 'MFA はすでにオフです。',
    noOldKeys: ({ days }) => `${days} 日より古い認証キーはありません。`,
    noTemplate: 'テンプレートが選ばれていません。',
    noRole: 'ロールが選ばれていません。',
    roleAlreadyAttached: ({ role }) => `${role} はすでにアタッチされています。`,
    roleNotAttached: ({ role }) => `${role} はアタッチされていません。`,
    notPermitted: ({ api }) => `このユーザーに対する ${api} の権限がありません。`,
  },
  status: {
    waiting: '待機中',
    running: '実行中…',
    done: '完了',
    skipped: ({ reason }) => `スキップ: ${reason}`,
    failed: ({ reason }) => `失敗: ${reason}`,
  },
  outcomeLabel: 'ユーザーごとの結果',
  working: ({ done, total }) => `実行中: ${total} 人中 ${done} 人…`,
  finished: ({ done, skipped }) => `完了: ${done} 人${skipped ? `、スキップ ${skipped} 人` : ''}。`,
  partly: ({ done, failed, skipped }) =>
    `一部完了: 成功 ${done} 人、失敗 ${failed} 人${skipped ? `、スキップ ${skipped} 人` : ''}。`,
  closeResults: '閉じる',
  finishedButton: '完了',
} satisfies Messages['bulk'];
