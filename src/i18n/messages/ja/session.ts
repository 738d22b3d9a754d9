// サインイン・サインアウトと、ヘッダーのアカウント表示。
import type { Messages } from '../messages.ts';

export default {
  api: {
    unknown: 'API',
    local: 'ローカルサンドボックス',
    jp: 'ソラコム · 日本カバレッジ',
    g: 'ソラコム · グローバルカバレッジ',
    custom: 'ソラコム · カスタムエンドポイント',
    where: 'API の呼び出し先',
  },
  indicator: {
    signedOut: 'サインアウトしました。',
    signedInAs: 'サインイン中: ',
    operator: '、オペレーター ',
    root: 'ルート',
    rootWithEmail: ({ email }) => `ルート (${email})`,
    samUser: 'SAM ユーザー',
    withAuthKey: ({ userName }) => `${userName} (認証キー)`,
    signOut: 'サインアウト',
    signingOut: 'サインアウトしています…',
    switchUser: 'ユーザーを切り替え…',
  },
} satisfies Messages['session'];
