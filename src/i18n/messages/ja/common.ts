// 共通部品: ページの状態、ダイアログ、トースト、コピーボタン、言語の切り替え、時刻。
import type { Messages } from '../messages.ts';

export default {
  language: {
    label: '言語',
  },
  permission: {
    needs: ({ api }) => `${api} の権限が必要です`,
    readOnly: ({ api }) => `閲覧のみ: 保存するには ${api} の権限が必要です。`,
  },
  mfaStates: {
    INACTIVE: 'オフ',
    UNCONFIRMED: '設定待ち',
    ACTIVE: 'オン',
  },
  states: {
    loading: '読み込んでいます…',
    loadFailed: '読み込めませんでした',
    somethingWrong: '問題が発生しました。',
    tryAgain: '再試行',
    forbiddenTitle: 'この内容を表示する権限がありません',
    forbiddenBefore: 'お使いの権限では ',
    forbiddenAfter:
      ' が許可されていません。このオペレーターの管理者に、権限 (またはデフォルト権限) への追加を依頼してから、もう一度サインインしてください。',
  },
  dialog: {
    close: '閉じる',
    cancel: 'キャンセル',
    working: '処理しています…',
    typeToConfirmBefore: '確認のため ',
    typeToConfirmAfter: ' と入力してください',
  },
  toast: {
    dismiss: '通知を閉じる',
    refreshFailed: ({ reason }) => `最新の情報に更新できませんでした: ${reason}`,
  },
  copy: {
    copied: 'コピーしました。',
    failed: 'コピーできませんでした。テキストを選択して手動でコピーしてください。',
  },
  time: {
    justNow: 'たった今',
    never: 'なし',
  },
  apiErrors: {
    unreachable: 'API に接続できません。SAM Console のサーバーが起動しているか確認してください。',
    emptyBody: 'サーバーの応答に本文がありません。',
    notSignedIn: 'サインインしていません。',
    status: ({ status }) => `サーバーがステータス ${status} を返しました。`,
    forbidden: ({ operation }) => `許可されていません: お使いの権限には ${operation} が含まれていません。`,
    tooManyAttempts: ({ seconds }) => `試行回数が多すぎます。${seconds} 秒後にもう一度お試しください。`,
    tooManyAttemptsLater: '試行回数が多すぎます。しばらくしてからもう一度お試しください。',
  },
} satisfies Messages['common'];
