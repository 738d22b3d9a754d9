// 認証キー (AuthKey) タブ: 一覧、発行 (シークレットは一度だけ表示)、詳細、削除。
import type { Messages } from '../messages.ts';

export default {
  tab: {
    title: '認証キー',
    generate: '認証キーを発行',
    generating: '発行しています…',
    introBefore: '認証キー (AuthKey) を使うと、プログラムがパスワードなしで ',
    introAfter:
      ' としてサインインできます。シークレットは発行時に一度だけ表示されます。停止時間なしでキーを入れ替えるには、新しいキーを発行してプログラムを切り替えてから、古いキーを削除してください。',
    loading: '認証キーを読み込んでいます…',
    loadFailed: '認証キーを読み込めませんでした',
    emptyTitle: ({ userName }) => `${userName} には認証キーがありません`,
    emptyHint:
      'この SAM ユーザーとしてソラコムの API を呼び出すスクリプトやデバイスのために発行してください。',
    caption: ({ userName }) => `${userName} の認証キー`,
    id: '認証キー ID',
    created: '作成',
    lastUsed: '最終使用',
    age: '経過期間',
    actions: '操作',
    details: '詳細',
    detailsOf: ({ authKeyId }) => `${authKeyId} の詳細`,
    delete: '削除',
    deleteKey: ({ authKeyId }) => `${authKeyId} を削除`,
    deleteTitle: 'この認証キーを削除しますか?',
    deleteBodyAfter:
      ' はすぐに使えなくなり、このキーで開始したセッションも終了します。このキーを使っているプログラムはサインインできなくなります。元に戻すことはできません。',
    deleteConfirm: '認証キーを削除',
  },
  newKey: {
    title: ({ userName }) => `${userName} の新しい認証キー`,
    done: '完了',
    askTitle: 'シークレットを保存しましたか?',
    askBefore: 'この画面を閉じると、',
    askAfter: ' のシークレットは SAM Console でも API でも二度と表示できません。',
    saved: 'このダイアログでコピーまたはダウンロードしました。',
    notSaved: 'まだコピーもダウンロードもしていません。',
    goBack: '戻るには「キャンセル」を選んでください。',
    close: 'はい、閉じます',
    warningStrong: '今すぐシークレットを保存してください。',
    warning:
      ' 表示されるのは今回だけで、SAM Console でも API でも再表示できません。紛失した場合は、新しいキーを発行してこのキーを削除してください。',
    id: '認証キー ID',
    copyId: '認証キー ID をコピー',
    idCopied: '認証キー ID をコピーしました。',
    secret: '認証キーシークレット',
    copySecret: 'シークレットをコピー',
    secretCopied: 'シークレットをコピーしました。',
    download: 'CSV をダウンロード',
  },
  details: {
    title: '認証キーの詳細',
    close: '閉じる',
    loading: '認証キーを読み込んでいます…',
    loadFailed: '認証キーを読み込めませんでした',
    user: 'SAM ユーザー',
    id: '認証キー ID',
    created: '作成',
    age: '経過期間',
    lastUsed: '最後にサインインに使われた日時',
    secret: 'シークレット',
    secretHint: '発行時に一度だけ表示されました。再表示はできません。',
  },
  time: {
    lessThanMinute: '1 分未満',
    never: 'なし',
  },
  toasts: {
    deleted: ({ authKeyId }) => `認証キー ${authKeyId} を削除しました。`,
  },
} satisfies Messages['authKeys'];
