// 権限: エディター、テンプレート、問題の一覧、シミュレーター、有効なアクセス、保存前の確認。
import type { Messages } from '../messages.ts';

const sourceNames = { user: 'SAM ユーザーの権限', role: 'ロール', default: 'デフォルト権限' } as const;

export default {
  page: {
    title: 'デフォルト権限',
    sub: 'このオペレーターのすべての SAM ユーザーに、各自の権限と組み合わせて適用されるステートメントです。ここでの拒否 (deny) は、各 SAM ユーザーの許可 (allow) より優先されます。変更は各 SAM ユーザーの次回のサインインから反映されます。',
    loading: 'デフォルト権限を読み込んでいます…',
    loadFailed: 'デフォルト権限を読み込めませんでした',
    catalogueFailed: 'API カタログを読み込めませんでした',
    usersStillLoading: '読み込み中',
  },
  tab: {
    loading: ({ userName }) => `${userName} の権限を読み込んでいます…`,
    loadFailed: '権限を読み込めませんでした',
    introBefore: '',
    introAfter:
      ' がオペレーターのデフォルト権限に加えて呼び出せる API です。どちらかの拒否 (deny) は、あらゆる許可 (allow) より優先されます。変更は次回のサインインから反映されます。',
    defaultsFailed: ({ reason }) =>
      `デフォルト権限を読み込めませんでした (${reason})。そのため、シミュレーター、アクセスの変化、有効なアクセスは、この権限ドキュメントだけで判断しています。`,
  },
  revoke: {
    title: '変更をすぐに適用しますか?',
    bodyBefore: '権限は保存されましたが、',
    bodyAfter:
      ' がすでに開いているセッションでは古い権限のままです (権限はトークンの発行時に固定されます)。トークンを無効にするとそれらのセッションが終了し、新しい権限は次回のサインインから適用されます。',
    self: 'これはあなた自身の SAM ユーザーです。無効にするとこのセッションも終了し、もう一度サインインが必要になります。',
    defaultsBody:
      'デフォルト権限は保存されましたが、すでに開いているセッションでは各 SAM ユーザーに古い権限が適用されたままです (権限はトークンの発行時に固定されます)。トークンを無効にするとそれらのセッションが終了し、新しいデフォルト権限は次回のサインインから適用されます。',
    affected: ({ count }) => `対象の SAM ユーザー (${count} 人)`,
    selfAmong:
      'あなた自身の SAM ユーザーも含まれます。そのトークンは最後に無効にされ、このセッションも終了するため、もう一度サインインが必要になります。',
    notNow: '今はしない',
    revoke: 'トークンを今すぐ無効にする',
    revoking: '無効にしています…',
  },
  workspace: {
    subjectUser: ({ userName }) => `${userName} の権限`,
    subjectDefault: 'デフォルト権限',
    editorUser: ({ userName }) => `${userName} の権限ドキュメント`,
    editorDefault: 'デフォルト権限のドキュメント',
    fixErrors: '保存する前に「問題」に表示されているエラーを修正してください。',
    noChanges: '保存する変更はありません。',
    saved: '保存しました。',
    titleUser: '権限ドキュメント',
    titleDefault: 'ドキュメント',
    template: 'テンプレート',
    chooseTemplate: 'テンプレートを選択…',
    useTemplate: 'テンプレートを使う',
    templateUsed: ({ label }) => `テンプレート「${label}」をエディターに入れました。Ctrl+Z で元に戻せます。`,
    format: '整形',
    formatNeedsJson: '整形するには正しい JSON が必要です。先に構文エラーを修正してください。',
    formatted: '整形しました。',
    revert: '元に戻す',
    reverted: '保存済みのドキュメントに戻しました。',
    templateHint:
      'テンプレートはドキュメント全体を置き換えます。Ctrl+Z または「元に戻す」で以前の内容に戻せます。',
    atCursor: 'カーソル位置の API 名',
    keysBefore: 'Tab キーでエディターから移動します (インデントには Ctrl+] と Ctrl+[ を使います)。',
    keysAfter:
      ' の文字列の中で Ctrl+Space を押すと API 名の一覧が表示されます。ワイルドカードにマウスを重ねるかカーソルを置くと、対象となる操作の数がわかります。',
    unsaved: '未保存の変更あり',
    problems: '問題',
    error: 'エラー',
    warning: '警告',
    review: '確認して保存…',
    preparingReview: '確認内容を準備しています…',
    effectiveUser: ({ userName }) => `${userName} の有効なアクセス`,
    effectiveDefault: 'すべての SAM ユーザーが得るアクセス',
    effectiveIntroUser: ({ userName, dirty }) =>
      `この下書きとデフォルト権限で ${userName} が呼び出せる API です${dirty ? ' (未保存の変更を含む)' : ''}。ロールは含みません。`,
    effectiveIntroDefault: ({ dirty }) =>
      `エディター内のデフォルト権限が、各自の権限より前にすべての SAM ユーザーに与える API です${dirty ? ' (未保存の変更を含む)' : ''}。`,
    leaveTitle: '保存せずに移動しますか?',
    leaveBody: ({ subject }) => `${subject}の変更は保存されていません。このページを離れると破棄されます。`,
    leaveConfirm: '変更を破棄して移動',
  },
  diagnostics: {
    place: ({ line, column }) => `${line} 行 ${column} 列`,
    none: '問題なし',
    errors: ({ count }) => `エラー ${count} 件`,
    warnings: ({ count }) => `警告 ${count} 件`,
    joined: ({ errors, warnings }) => `${errors}、${warnings}`,
    sources: {
      syntax: 'JSON',
      shape: 'ドキュメント',
      condition: '条件',
      api: 'API 名',
    },
  },
  patterns: {
    none: ({ pattern }) => `${pattern} に一致する操作は API カタログにありません。`,
    all: ({ pattern, total }) => `${pattern} は ${total} 件すべての操作を対象とします。`,
    some: ({ pattern, count, total, names, more }) =>
      `${pattern} は ${total} 件中 ${count} 件の操作を対象とします: ${names}${more > 0 ? ` ほか ${more} 件` : ''}。`,
    unknown: ({ pattern }) => `${pattern} は API カタログにありません。`,
    operations: ({ count }) => `${count} 件の操作`,
  },
  templates: {
    'full-access': {
      label: 'フルアクセス',
      description: 'SAM ユーザーやオペレーターの管理を含む、アカウントのすべての操作。',
    },
    'read-only': {
      label: '読み取り専用',
      description:
        'すべての get* と list* の操作 (読み取りのみで、変更はできません)。検索 (Query:search*) など、get や list で始まらない読み取りは含みません。',
    },
    'billing-only': {
      label: '請求のみ',
      description: '請求、支払い方法、支払い履歴だけを扱えます。',
    },
    'change-own-password': {
      label: '自分のパスワードの変更',
      description:
        '自分のページを開き、自分のコンソールパスワードを変更することだけを許可します (コンソールは先にパスワードが設定済みかを確認します)。',
    },
    'self-service': {
      label: 'セルフサービス (自分のパスワード、認証キー、MFA)',
      description: '自分の認証情報だけを管理でき、他の SAM ユーザーの認証情報は扱えません。',
    },
    'sim-operator': {
      label: 'SIM 管理者',
      description:
        'SIM、サブスクライバー、グループを管理し、その統計を参照できます。SAM ユーザー、ロール、請求は扱えません。',
    },
    'office-network-only': {
      label: 'オフィスのネットワークからのみフルアクセス',
      description:
        'すべての操作を、192.0.2.0/24 からのみ許可します (お使いのネットワークに置き換えてください)。',
    },
    'no-access': {
      label: 'アクセスなし',
      description: '空のドキュメントです。デフォルト権限以外は何も呼び出せません。',
    },
  },
  simulator: {
    title: 'シミュレーター',
    introUser: '保存する前に、この下書きとデフォルト権限で API 呼び出しを試します。',
    introDefault: '保存する前に、この下書きで API 呼び出しを試します。',
    form: 'シミュレーションする呼び出し',
    operation: '操作',
    pathVariable: 'パス変数 ',
    method: 'HTTP メソッド',
    ip: 'クライアントの IPv4 アドレス',
    ipHint: '空欄は「不明」として扱い、ipAddress() の条件は false になります。',
    time: '日時 (UTC)',
    samUserName: 'SAM ユーザー名',
    result: 'シミュレーションの結果',
    choose: '操作を選ぶと、許可されるかどうかが表示されます。',
    allowed: '許可',
    denied: '拒否',
    alwaysAllowed: '権限にかかわらず常に許可されます。SAM ユーザーは自分のセッションをいつでも終了できます。',
    decided: ({ allowed, source, draft, statement, pattern }) =>
      `${sourceNames[source]}${draft ? ' (この下書き)' : ''}のステートメント ${statement} (${pattern}) により${allowed ? '許可' : '拒否'}されます。`,
    implicitDeny: '許可するステートメントがないため、暗黙的に拒否されます。',
    skipped: ({ source, draft, error }) =>
      `${draft ? 'この下書き' : sourceNames[source]}にエラーがあるため (${error})、そのステートメントは無視されます。`,
    show: ({ statement }) => `ステートメント ${statement} をエディターで表示`,
    problems: {
      chooseOperation: '操作を選んでください。',
      unknownOperation: ({ api }) => `${api} は API カタログにありません。入力どおりに評価します。`,
      ip: '203.0.113.7 のような IPv4 アドレスを入力してください。',
      time: '日付と時刻を入力してください。',
    },
  },
  effective: {
    draftErrors: 'この下書きにはエラーがあるため、修正するまでそのステートメントはここに反映されません。',
    summary: ({ allowed, total, conditional }) =>
      `${total} 件中 ${allowed} 件の操作を許可${conditional > 0 ? `、さらに ${conditional} 件を条件付きで許可` : ''}。`,
    onlyWithAccess: 'アクセスできるグループのみ表示',
    noGroup: '許可された操作があるグループはありません。',
    caption: ({ title }) => `${title} (API グループ別)`,
    group: 'API グループ',
    allowed: '許可',
    conditional: '条件付き',
    operations: '操作数',
    share: '許可の割合',
    meter: ({ group, allowed, total }) => `${group}: ${total} 件中 ${allowed} 件を許可`,
  },
  review: {
    title: '確認して保存',
    description: ({ subject }) => `${subject}を保存する前に、変更内容を確認してください。`,
    changedElsewhere: ({ subject }) =>
      `あなたが開いたあとに、別の人が${subject}の別のバージョンを保存しました。下の差分とアクセスの変化は、あなたの下書きをそのバージョンと比べたもので、保存するとそのバージョンは置き換えられます。そのバージョンからやり直すには、キャンセルして「元に戻す」を使ってください。`,
    grants: 'この変更で許可されるもの: ',
    grantsEveryone:
      'これはデフォルト権限です。後から作成される SAM ユーザーも含め、オペレーターのすべての SAM ユーザーに適用されます。アカウント全体、またはその管理権限が全員に開放されます。',
    grantsUser:
      'アカウント全体、またはその管理権限が開放されます。このオペレーターを管理する人にだけ許可してください。',
    understandGrant: ({ patterns }) => `${patterns} を許可することを理解しました`,
    lockoutTitle: '自分の権限を操作するためのアクセスを削除しようとしています',
    lockoutBefore: 'この変更後 (次回のサインインから)、自分の SAM ユーザーに対して ',
    lockoutOr: ' または ',
    lockoutAfter:
      ' を呼び出せなくなるため、自分では元に戻せません。元に戻せるのはルートユーザーか、ほかの管理者だけです。',
    understandLockout: '自分では元に戻せないことを理解しました',
    changes: 'ドキュメントの変更',
    delta: 'アクセスの変化',
    noDelta: '許可される操作は変わりません。',
    deltaSummary: ({ allowed, denied }) =>
      `新たに許可される操作 ${allowed} 件、新たに拒否される操作 ${denied} 件。`,
    newlyAllowed: '新たに許可',
    newlyDenied: '新たに拒否',
    save: '保存',
    saving: '保存しています…',
    diffSummary: ({ added, removed }) =>
      `${added} 行を追加、${removed} 行を削除。追加した行は +、削除した行は − で始まります。`,
    laidOut: ' 比較のため両方を同じ形に整えています。テキストは入力したとおりに保存されます。',
    diffLabel: 'ドキュメントの差分',
    added: '追加: ',
    removed: '削除: ',
    groupCount: ({ title, count }) => `${title} (${count})`,
    groupChanges: ({ changed, total }) => `: ${total} 件中 ${changed} 件の操作`,
    levels: {
      allowed: '許可',
      conditional: '条件付きで許可',
      denied: '拒否',
    },
    impactTitle: '各 SAM ユーザーへの影響',
    impactUnknown: ({ problem }) =>
      `SAM ユーザーの一覧を取得できなかったため${problem ? ` (${problem})` : ''}、各自の権限を含めた各 SAM ユーザーへの影響は表示できません。`,
    impactNone: '各自の権限を含めても、アクセスが変わる SAM ユーザーはいません。',
    impactCount: ({ count }) =>
      `各自の権限とこのデフォルト権限を組み合わせると、${count} 人の SAM ユーザーのアクセスが変わります。`,
    impactUser: ({ denied, allowed }) => `: 新たに拒否 ${denied} 件、新たに許可 ${allowed} 件`,
    more: ({ count }) => `ほか ${count} 件`,
  },
  toasts: {
    userSaved: ({ userName }) => `${userName} の権限を保存しました。`,
    defaultsSaved: 'デフォルト権限を保存しました。',
    revoked: ({ userName }) =>
      `${userName} のすべてのセッションを終了しました。新しい権限は次回のサインインから適用されます。`,
    revokedAll: ({ count }) =>
      `${count} 人の SAM ユーザーのすべてのセッションを終了しました。新しいデフォルト権限は次回のサインインから適用されます。`,
  },
} satisfies Messages['permissions'];
