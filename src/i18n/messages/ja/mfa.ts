// 多要素認証 (MFA) タブ: 状態、設定の手順 (QR コード、手入力、コードの確認)、無効化。
import type { Messages } from '../messages.ts';

export default {
  tab: {
    title: '多要素認証 (MFA)',
    introBefore: 'MFA を有効にすると、',
    introAfter:
      ' がパスワードでサインインするときに、認証アプリの 6 桁のコードも必要になります。認証キー (AuthKey) には影響しません。',
    introSelf:
      'MFA を有効にすると、あなたのアカウントにパスワードでサインインするときに、認証アプリの 6 桁のコードも必要になります。認証キー (AuthKey) には影響しません。',
    noPassword: ({ userName }) =>
      `${userName} にはコンソールのパスワードが設定されていないため、パスワードでコンソールにサインインできません (使えるのは認証キーだけです)。MFA はパスワードによるコンソールへのサインインにだけ適用されます。`,
    noPasswordSelf:
      'あなたにはコンソールのパスワードが設定されていないため、パスワードでコンソールにサインインできません (使えるのは認証キーだけです)。MFA はパスワードによるコンソールへのサインインにだけ適用されます。',
    setPassword: 'コンソールのパスワードを設定',
    loading: 'MFA の状態を読み込んでいます…',
    loadFailed: 'MFA の状態を読み込めませんでした',
    starting: '開始しています…',
    enable: 'MFA を有効にする',
    startAgain: '設定をやり直す',
    revoke: 'MFA を無効にする',
    startAgainHint: 'やり直すと新しいシークレットが発行され、以前に読み取った QR コードは使えなくなります。',
    revokeTitle: 'MFA を無効にしますか?',
    revokeBody: ({ userName }) =>
      `${userName} はパスワードだけでサインインするようになります。認証アプリに登録した項目は使えなくなり、MFA を再び有効にするには設定をやり直す必要があります。`,
    revokeBodySelf:
      'あなたはパスワードだけでサインインするようになります。認証アプリに登録した項目は使えなくなり、MFA を再び有効にするには設定をやり直す必要があります。',
  },
  status: {
    label: 'MFA の状態: ',
    meaning: {
      INACTIVE: ({ userName }) => `${userName} のサインインにはパスワードだけが必要です。`,
      UNCONFIRMED: ({ userName }) =>
        `設定は開始されましたが、まだコードが確認されていません。そのため、${userName} はサインイン時にコードを求められません。`,
      ACTIVE: ({ userName }) =>
        `${userName} はパスワードでサインインするときに、認証アプリのコードを求められます。`,
    },
    meaningSelf: {
      INACTIVE: 'あなたのサインインにはパスワードだけが必要です。',
      UNCONFIRMED:
        '設定を開始しましたが、まだコードを確認していません。そのため、サインイン時にコードは求められません。',
      ACTIVE: 'パスワードでサインインするときに、認証アプリのコードを求められます。',
    },
  },
  enrol: {
    title: ({ userName }) => `${userName} の MFA の設定`,
    titleSelf: 'あなたのアカウントの MFA の設定',
    stepsLabel: '設定の手順',
    stepScan: 'アプリに追加',
    stepVerify: 'コードを入力',
    scanTitle: ({ userName }) => `ステップ 1/2: ${userName} を認証アプリに追加する`,
    scanTitleSelf: 'ステップ 1/2: あなたのアカウントを認証アプリに追加する',
    scanIntro: ({ userName }) =>
      `${userName} としてサインインする人のスマートフォンで、認証アプリ (Google Authenticator、Microsoft Authenticator、1Password など) を使ってこの QR コードを読み取ってください。`,
    scanIntroSelf:
      'お使いのスマートフォンの認証アプリ (Google Authenticator、Microsoft Authenticator、1Password など) で、このコードを読み取ってください。',
    leave: '設定を中断',
    next: '次へ: コードを入力',
    verifyTitle: 'ステップ 2/2: アプリに表示されたコードを入力する',
    verifyIntro: '認証アプリにこのアカウント用として表示されている 6 桁のコードを入力してください。',
    verifyIntroSelf:
      'お使いの認証アプリにこのアカウント用として表示されている 6 桁のコードを入力してください。',
    codeLabel: '6 桁のコード',
    codeHint: '6 桁すべてを入力すると、すぐに確認します。貼り付けたコードの空白は無視されます。',
    checking: 'コードを確認しています…',
    back: 'QR コードに戻る',
    verify: '確認',
    incomplete: '認証アプリに表示されている 6 桁のコードを入力してください。',
    wrongCode:
      'コードが正しくありません。このアカウントのコードであることと、スマートフォンの時刻が自動設定になっていることを確認してから、現在のコードを入力してください。',
    leaveTitle: 'MFA の設定を中断しますか?',
    leaveBefore: '',
    leaveMiddle: ' の MFA は ',
    leaveAfter: ' のままです。コードが確認されるまで、サインイン時に MFA は求められません。',
    leaveSelfBefore: 'あなたのアカウントの MFA は ',
    leaveSelfAfter: ' のままです。コードを確認するまで、サインイン時にコードは求められません。',
    leaveAgain:
      'あとで MFA タブから設定をやり直せます。その場合は新しいシークレットが発行され、いま表示されているものは使えなくなります。',
  },
  details: {
    qrPlain: '認証アプリ用の QR コード。',
    qrFor: ({ who }) =>
      `${who} を認証アプリに追加する QR コード。読み取れない場合は、横に表示されているシークレットキーを入力してください。`,
    scanInstead: '代わりに QR コードを読み取ってください。',
    manualTitle: '読み取れない場合は、次の内容を手で入力してください',
    issuer: '発行者',
    none: '(なし)',
    account: 'アカウント',
    secretKey: 'シークレットキー',
    copySecret: 'シークレットキーをコピー',
    secretCopied: 'シークレットキーをコピーしました。',
    facts: ({ digits, period, algorithm }) =>
      `時間ベース、${digits} 桁、${period} 秒ごとに新しいコード (${algorithm})。`,
    unreadable: '登録用リンクを読み取れませんでした。',
    problems: {
      notUri: '登録用リンクが正しい URI ではありません。',
      notOtpauth: '登録用リンクが otpauth:// の URI ではありません。',
      notTotp: '登録用リンクが時間ベース (TOTP) のコード用ではありません。',
      noSecret: '登録用リンクにシークレットが含まれていません。',
      notBase32: '登録用リンクのシークレットが Base32 ではありません。',
      badLabel: '登録用リンクのアカウント名のエンコードが正しくありません。',
      badDigits: '登録用リンクの桁数 (digits) が正の整数ではありません。',
      badPeriod: '登録用リンクの間隔 (period) が正の整数ではありません。',
    },
  },
  countdown: {
    before: 'アプリのコードが変わるまで ',
    seconds: ({ seconds }) => `${seconds} 秒`,
    hurry: '。変わる直前なら、次のコードを待ってください。',
    calm: '。',
  },
  toasts: {
    active: ({ userName }) =>
      `${userName} の MFA がオンになりました。${userName} はサインイン時にコードを求められます。`,
    activeSelf: 'あなたのアカウントの MFA がオンになりました。サインイン時にコードを求められます。',
    revoked: ({ userName }) => `${userName} の MFA を無効にしました。MFA はオフです。`,
    revokedSelf: 'あなたのアカウントの MFA を無効にしました。MFA はオフです。',
  },
} satisfies Messages['mfa'];
