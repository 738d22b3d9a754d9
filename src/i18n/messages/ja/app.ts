// サインイン後の枠: ヘッダー、ナビゲーション、ページタイトル、見つからない・表示できないページ。
import type { Messages } from '../messages.ts';

export default {
  name: 'SAM Console',
  skipToContent: '本文へスキップ',
  nav: {
    myAccount: 'マイアカウント',
    label: 'メイン',
    users: 'SAM ユーザー',
    roles: 'ロール',
    defaultPermissions: 'デフォルト権限',
    activity: 'アクティビティ',
  },
  loadingPage: 'ページを読み込んでいます…',
  notFound: {
    title: 'ページが見つかりません',
    body: 'このアドレスには何もありません。',
  },
  goToUserList: 'SAM ユーザーの一覧へ',
  failure: {
    unreachableTitle: 'このページを読み込めませんでした',
    unreachableBody:
      'SAM Console のサーバーからこのページを取得できませんでした。サーバーが起動していて、ネットワークにつながっていることを確認してから、再試行してください。',
    title: '問題が発生しました',
    body: 'ページを表示できませんでした。',
    tryAgain: '再試行',
    reload: 'ページを再読み込み',
  },
} satisfies Messages['app'];
