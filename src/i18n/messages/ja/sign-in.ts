// サインインページ (フォーム、セッションが終わった理由、ローカルサンドボックスのデモアカウント): ../en/sign-in.ts と同じキー。
import type { Messages } from '../messages.ts';

export default {
  title: 'サインイン',
  brand: 'SAM Console',
  talksToBefore: 'このコンソールの接続先: ',
  talksToAfter: '',
  intro: 'ソラコムのオペレーターの SAM ユーザーを管理します。',
  expired: 'セッションが終了しました。もう一度サインインすると、元のページに戻ります。',
  idle: ({ minutes }) =>
    `${minutes} 分間操作がなかったため、サインアウトしました。もう一度サインインすると、元のページに戻ります。`,
  idleRule: ({ minutes }) =>
    `アカウントを守るため、${minutes} 分間操作がないと、すべてのタブでサインアウトします。`,
  methodsLabel: 'サインインの方法',
  methods: {
    root: 'ルートユーザー',
    user: 'SAM ユーザー',
    authKey: '認証キー',
  },
  submit: 'サインイン',
  submitting: 'サインインしています…',
  rootForm: 'ルートユーザーとしてサインイン',
  userForm: 'SAM ユーザーとしてサインイン',
  authKeyForm: '認証キー (AuthKey) でサインイン',
  mfaForm: 'MFA コードの入力',
  email: 'メールアドレス',
  password: 'パスワード',
  operatorId: 'オペレーター ID',
  operatorIdHint: 'OP で始まります (例: OP0012345678)。',
  userName: 'ユーザー名',
  authKeyId: '認証キー ID',
  authKeyIdHint: 'keyId- で始まります。',
  authKeySecret: '認証キーシークレット',
  authKeySecretHint: 'secret- で始まります。',
  mfaIntro: ({ userName }) =>
    `${userName} は多要素認証 (MFA) がオンです。認証アプリに表示されている現在のコードを入力してください。`,
  mfaCode: 'MFA コード',
  mfaCodeHint: '6 桁すべてを入力すると、すぐに送信します。貼り付けたコードの空白は無視されます。',
  optionalMfaCode: 'MFA コード (MFA がオンの場合)',
  optionalMfaCodeHint:
    'サインインが拒否されました。オペレーター ID、ユーザー名、パスワードを確認してください。この SAM ユーザーの多要素認証 (MFA) がオンの場合は、認証アプリに表示されている現在のコードも入力してください。',
  back: '戻る',
  verify: '確認してサインイン',
  verifying: '確認しています…',
  required: {
    email: 'メールアドレスを入力してください。',
    password: 'パスワードを入力してください。',
    operatorId: 'オペレーター ID を入力してください。',
    userName: 'ユーザー名を入力してください。',
    authKeyId: '認証キー ID を入力してください。',
    authKeySecret: '認証キーシークレットを入力してください。',
    mfaCode: '認証アプリに表示されている 6 桁のコードを入力してください。',
  },
  demo: {
    title: 'ローカルサンドボックス',
    signInAs: 'デモ用オペレーターのルートユーザーとしてサインインします',
    email: 'メールアドレス',
    password: 'パスワード',
    use: 'デモ用オペレーターにサインイン',
    passwordFromEnv: 'パスワードは、サーバー起動時に指定した SAM_SEED_PASSWORD です。',
    noOperator:
      'デモ用オペレーターは作成されていません。空のデータベースで SAM_SEED_EMAIL と SAM_SEED_PASSWORD を指定してサーバーを起動すると作成されます。',
  },
} satisfies Messages['signIn'];
