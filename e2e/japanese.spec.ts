// The main journeys in Japanese, as a browser whose language is ja-JP sees them: <html lang="ja">, no English text of
// the catalogue anywhere on the page, axe on each page, and a screenshot of each page (names end in -ja).
import { expect, test, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import en from '../src/i18n/messages/en/index.ts';
import ja from '../src/i18n/messages/ja/index.ts';
import { problems as japaneseProblems } from '../src/permissions/problem-messages-ja.ts';
import { englishDiagnosticProblems } from '../src/permissions/problem-messages.ts';
import {
  analyzePermission,
  analyzeTrustPolicy,
  loadCatalogue,
  wordProblem,
} from '../src/permissions/index.ts';
import {
  assertToast,
  createUserViaApi,
  E2E_BASE_URL,
  E2E_ROOT,
  expectNoSeriousA11yViolations,
  expectNothingClipped,
  keepScreenshot,
  paths,
  sessionCredentials,
  uniqueUserName,
} from './support/index.ts';

test.use({ locale: 'ja-JP' });

const PASSWORD = 'ja-e2e-password-2026';

type Tree = { [key: string]: unknown };
function strings(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value ? strings(value as Tree) : [],
  );
}

// English phrases of the catalogue (two words or more) that Japanese words differently: none may be on a Japanese page.
const japanese = new Set(strings(ja));
const englishPhrases = [...new Set(strings(en))]
  .map((text) => text.trim())
  .filter((text) => !japanese.has(text) && /[a-z]{2,} [a-z]{2,}/i.test(text));

async function expectJapanesePage(page: Page, screenshot: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // The page's own words only: data the users typed (descriptions, names, documents) may well be English.
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll('.cell-description, .mono, code, pre, textarea, .cm-editor')
      .forEach((node) => node.remove());
    return copy.innerText;
  });
  const leftovers = englishPhrases.filter((phrase) => text.includes(phrase));
  expect(leftovers, `English catalogue texts on a Japanese page: ${leftovers.join(' | ')}`).toEqual([]);
  await keepScreenshot(page, `${screenshot}-ja`);
  await expectNoSeriousA11yViolations(page);
  // Longer Japanese labels must still fit: no button, tab or badge cut off, at the desktop width and at 800 px.
  await expectNothingClipped(page);
  const wide = page.viewportSize();
  await page.setViewportSize({ width: 800, height: 900 });
  await expectNothingClipped(page);
  await keepScreenshot(page, `${screenshot}-ja-800`);
  if (wide) await page.setViewportSize(wide);
}

async function signInAsRootInJapanese(page: Page, next: string): Promise<void> {
  await page.goto(paths.signIn({ next }));
  const form = page.getByRole('form', { name: 'ルートユーザーとしてサインイン' });
  await form.getByLabel('メールアドレス').fill(E2E_ROOT.email);
  await form.getByLabel('パスワード').fill(E2E_ROOT.password);
  await form.getByRole('button', { name: 'サインイン' }).click();
  await expect(page.getByRole('button', { name: 'サインアウト' })).toBeVisible();
}

test('the sign-in page follows the browser into Japanese, and the switch goes back to English', async ({
  page,
}) => {
  await page.goto(paths.signIn());
  await expect(page.getByRole('heading', { level: 1, name: 'サインイン' })).toBeVisible();
  await expect(page).toHaveTitle('サインイン · SAM Console');
  await expectJapanesePage(page, 'sign-in');

  // One switch: the screen changes, and the choice outlives a reload.
  await page.getByLabel('言語').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Language').selectOption('ja');
  await expect(page.getByRole('heading', { level: 1, name: 'サインイン' })).toBeVisible();
});

test('root lists users, creates one, sets a password and generates an AuthKey, all in Japanese', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAsRootInJapanese(page, paths.users());
  await expect(page.getByRole('heading', { level: 1, name: 'SAM ユーザー' })).toBeVisible();
  await expectJapanesePage(page, 'users');

  const userName = uniqueUserName('ja');
  await page.getByRole('button', { name: 'SAM ユーザーを作成' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'SAM ユーザーを作成' });
  // The client-side rule speaks Japanese too.
  await dialog.getByLabel('ユーザー名').fill('no spaces allowed');
  await dialog.getByRole('button', { name: '作成' }).click();
  await expect(dialog.locator('.field__error')).toHaveText(
    '空白は使えません。使える文字は英字、数字、および _ - . @ + = , です。',
  );
  await keepScreenshot(page, 'create-user-dialog-ja', { fullPage: false });
  await dialog.getByLabel('ユーザー名').fill(userName);
  await dialog.getByRole('button', { name: '作成' }).click();
  await assertToast(page, `SAM ユーザー ${userName} を作成しました。`);

  // The new user's page opens with its next steps.
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  await expect(page.getByRole('region', { name: '次のステップ' })).toBeVisible();
  await expectJapanesePage(page, 'user-overview');

  // The tab, not the next step "コンソールパスワードを設定".
  await page.getByRole('link', { name: 'コンソールパスワード', exact: true }).click();
  await page.getByLabel('新しいパスワード', { exact: true }).fill(PASSWORD);
  await page.getByLabel('新しいパスワード (確認)').fill(PASSWORD);
  await page.getByRole('button', { name: 'パスワードを設定' }).click();
  await assertToast(page, 'コンソールパスワードを設定しました。');
  await expectJapanesePage(page, 'user-password');

  // The one-step reset and the generated password shown once.
  await page.getByRole('button', { name: 'パスワードをリセット' }).click();
  const reset = page.getByRole('dialog', { name: `${userName} のコンソールパスワードをリセットしますか?` });
  await expect(reset.getByRole('radio', { name: '安全なパスワードを生成する' })).toBeChecked();
  await expectJapanesePage(page, 'user-password-reset');
  await reset.getByRole('button', { name: 'パスワードをリセット' }).click();
  const shown = page.getByRole('dialog', { name: `${userName} の新しいコンソールパスワード` });
  await expect(shown.getByRole('group', { name: '生成したパスワード' }).locator('code')).toHaveText(
    /^\S{20}$/,
  );
  await assertToast(page, 'コンソールパスワードをリセットしました。SAM ユーザーのセッションは終了しました。');
  await expectJapanesePage(page, 'user-password-generated');
  await shown.getByRole('button', { name: '完了' }).click();
  await expect(shown).toBeHidden();

  await page.getByRole('link', { name: '認証キー', exact: true }).click();
  await page.getByRole('button', { name: '認証キーを発行' }).click();
  const keyDialog = page.getByRole('dialog', { name: `${userName} の新しい認証キー` });
  await expect(keyDialog.getByRole('group', { name: '認証キーシークレット' })).toContainText('secret-');
  await keepScreenshot(page, 'auth-key-secret-ja', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
  await keyDialog.getByRole('button', { name: '完了' }).click();
  const ask = page.getByRole('alertdialog', { name: 'シークレットを保存しましたか?' });
  await ask.getByRole('button', { name: 'はい、閉じます' }).click();
  await expect(page.getByRole('table', { name: `${userName} の認証キー` }).getByRole('row')).toHaveCount(2);
  await expectJapanesePage(page, 'auth-keys');
});

test('MFA enrolment, then the SAM user signs in with a code, in Japanese', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const userName = uniqueUserName('ja-mfa');
  await createUserViaApi(request, { userName, password: PASSWORD });
  await signInAsRootInJapanese(page, paths.user(userName, 'mfa'));
  const { operatorId } = await sessionCredentials(page);
  await expect(page.getByRole('heading', { name: '多要素認証 (MFA)' })).toBeVisible();
  await expect(page.locator('.mfa-status').getByText('オフ', { exact: true })).toBeVisible();
  await expectJapanesePage(page, 'mfa');

  await page.getByRole('button', { name: 'MFA を有効にする' }).click();
  const dialog = page.getByRole('dialog', { name: `${userName} の MFA の設定` });
  await expect(dialog.getByRole('heading', { name: /ステップ 1\/2/ })).toBeVisible();
  const grouped =
    (await dialog.getByRole('group', { name: 'シークレットキー' }).locator('code').textContent()) ?? '';
  const totp = new TOTP({ secret: Secret.fromBase32(grouped.replace(/ /g, '')), digits: 6, period: 30 });
  await keepScreenshot(page, 'mfa-step-1-scan-ja', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: '次へ: コードを入力' }).click();
  const codeInput = dialog.getByRole('textbox', { name: '6 桁のコード' });
  await expect(dialog.getByRole('timer')).toHaveText(/アプリのコードが変わるまで \d{1,2} 秒/);
  await keepScreenshot(page, 'mfa-step-2-code-ja', { fullPage: false });
  await expect.poll(() => TOTP.remaining(), { intervals: [250], timeout: 35_000 }).toBeGreaterThan(6000);
  const usedStep = TOTP.counter();
  await codeInput.pressSequentially(totp.generate());
  await assertToast(
    page,
    `${userName} の MFA がオンになりました。${userName} はサインイン時にコードを求められます。`,
  );
  await expect(page.locator('.mfa-status').getByText('オン', { exact: true })).toBeVisible();
  await expectJapanesePage(page, 'mfa-active');

  // The SAM user, in a browser of their own that also speaks Japanese.
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'ja-JP' });
  const userPage = await context.newPage();
  await userPage.goto(paths.signIn({ method: 'user' }));
  const form = userPage.getByRole('form', { name: 'SAM ユーザーとしてサインイン' });
  await form.getByLabel('オペレーター ID').fill(operatorId);
  await form.getByLabel('ユーザー名').fill(userName);
  await form.getByLabel('パスワード').fill(PASSWORD);
  await form.getByRole('button', { name: 'サインイン' }).click();
  const codeForm = userPage.getByRole('form', { name: 'MFA コードの入力' });
  await expect(codeForm).toBeVisible();
  await expectJapanesePage(userPage, 'sign-in-mfa-step');
  // The code that confirmed enrolment is spent: wait for the app's next one.
  await expect.poll(() => TOTP.counter(), { intervals: [250], timeout: 35_000 }).toBeGreaterThan(usedStep);
  await expect.poll(() => TOTP.remaining(), { intervals: [250], timeout: 35_000 }).toBeGreaterThan(3000);
  // Six digits send the code by themselves.
  await codeForm.getByLabel('MFA コード').fill(totp.generate());
  await expect(userPage.getByRole('button', { name: 'サインアウト' })).toBeVisible();
  await context.close();
});

test('root edits a permission from a template, reviews and saves it, in Japanese', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const userName = uniqueUserName('ja-perm');
  await createUserViaApi(request, { userName });
  await signInAsRootInJapanese(page, paths.user(userName, 'permissions'));
  await expect(page.getByRole('heading', { name: '権限ドキュメント' })).toBeVisible();
  await expectJapanesePage(page, 'permissions');

  await page.getByLabel('テンプレート', { exact: true }).selectOption({ label: '読み取り専用' });
  await expect(page.getByText(/すべての get\* と list\* の操作/)).toBeVisible();
  await page.getByRole('button', { name: 'テンプレートを使う' }).click();
  await expect(page.getByText('未保存の変更あり')).toBeVisible();
  await page.getByRole('button', { name: '確認して保存…' }).click();
  const review = page.getByRole('dialog', { name: '確認して保存' });
  await expect(review.getByRole('heading', { name: 'アクセスの変化' })).toBeVisible();
  await keepScreenshot(page, 'permission-review-ja', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
  await review.getByRole('button', { name: '保存', exact: true }).click();
  await assertToast(page, `${userName} の権限を保存しました。`);
  const offer = page.getByRole('alertdialog', { name: '変更をすぐに適用しますか?' });
  await offer.getByRole('button', { name: '今はしない' }).click();
  await expectJapanesePage(page, 'permissions-saved');

  await page.getByRole('link', { name: 'デフォルト権限' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'デフォルト権限' })).toBeVisible();
  await expectJapanesePage(page, 'default-permissions');
});

test('a broken permission document shows the engine’s problems in Japanese, in the list, the editor and the simulator', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const userName = uniqueUserName('ja-broken');
  await createUserViaApi(request, { userName });
  await signInAsRootInJapanese(page, paths.user(userName, 'permissions'));
  const editor = page.getByRole('textbox', { name: `${userName} の権限ドキュメント` });
  await expect(editor).toContainText('"statements": []');

  // A shape error, a condition error and an unknown API name (a warning), as the engine sees them.
  const broken = [
    '{',
    '  "statements": [',
    '    { "effect": "alow", "api": "User:listUser" },',
    '    { "effect": "allow", "api": "*", "condition": "ipAddress(\'192.0.2.0/33\')" }',
    '  ]',
    '}',
  ].join('\n');
  const diagnostics = analyzePermission(broken, { catalogue: await loadCatalogue() }).diagnostics;
  expect(diagnostics.map((diagnostic) => diagnostic.problem.code)).toEqual([
    'effectInvalid',
    'apiNotInCatalogue',
    'condition',
  ]);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(broken);

  const problems = page.getByRole('region', { name: '問題' });
  for (const diagnostic of diagnostics) {
    const japanese = wordProblem(japaneseProblems, diagnostic.problem);
    await expect(problems.getByRole('listitem').filter({ hasText: japanese })).toContainText(
      `${diagnostic.line} 行 ${diagnostic.column} 列`,
    );
  }
  await expect(page.getByText('エラー 2 件、警告 1 件')).toBeVisible();

  // The editor's own marker says the same in Japanese when hovered.
  const [effect] = diagnostics;
  await page.locator('.cm-lintRange-error').first().hover();
  const tooltip = page.locator('.cm-tooltip-hover, .cm-tooltip-lint').first();
  await expect(tooltip).toContainText(
    wordProblem(japaneseProblems, effect?.problem ?? { code: 'notText', params: {} }),
  );
  await expect(tooltip).not.toContainText(effect?.message ?? '');

  // The simulator says why the draft is ignored, with the engine's first error in Japanese.
  const simulator = page.getByRole('region', { name: 'シミュレーター' });
  await simulator.getByLabel('操作', { exact: true }).fill('User:listUsers');
  await expect(simulator.getByRole('status', { name: 'シミュレーションの結果' })).toBeVisible();
  await expect(simulator).toContainText(
    wordProblem(japaneseProblems, effect?.problem ?? { code: 'notText', params: {} }),
  );

  // No English wording of any of these problems anywhere on the page, the editor's tooltips included.
  const body = await page.locator('body').innerText();
  for (const diagnostic of diagnostics) {
    expect(body).not.toContain(diagnostic.message);
    expect(body).not.toContain(wordProblem(englishDiagnosticProblems, diagnostic.problem));
  }
  await expectJapanesePage(page, 'permissions-broken');
});

test('hygiene filters, a bulk review, roles, a broken trust policy and switching user, in Japanese', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const userName = uniqueUserName('ja-sweep');
  await createUserViaApi(request, { userName, password: PASSWORD });
  await signInAsRootInJapanese(page, paths.users());

  // A hygiene filter, then a bulk action's review for one selected user.
  const filters = page.getByRole('group', { name: '認証情報の衛生フィルター' });
  await filters.getByRole('button', { name: /^ロールなし/ }).click();
  await expect(page.getByRole('button', { name: 'フィルターを解除' }).first()).toBeVisible();
  await expectJapanesePage(page, 'users-filtered');
  // Narrowed to the new user: the filter alone may put them past the first page, behind every earlier scenario's users.
  await page.getByRole('searchbox', { name: '名前または説明で SAM ユーザーを検索' }).fill(userName);
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(1);
  await page.getByRole('checkbox', { name: `${userName} を選択` }).check();
  const bulk = page.getByRole('region', { name: '選択したユーザー' });
  await bulk.getByLabel('選択したユーザーへの操作').selectOption({ label: 'トークンを失効（サインアウト）' });
  await bulk.getByRole('button', { name: '確認…' }).click();
  const review = page.getByRole('alertdialog', { name: 'トークンを失効（サインアウト）: 1 人' });
  await expect(review).toContainText(`${userName} のすべてのセッションを終了します。`);
  await expectJapanesePage(page, 'bulk-review');
  await page.keyboard.press('Escape');
  await expect(review).toBeHidden();

  // Roles: the list, a new role, its page.
  await page.getByRole('link', { name: 'ロール', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ロール' })).toBeVisible();
  await expectJapanesePage(page, 'roles');
  const roleId = uniqueUserName('ja-role');
  await page.getByRole('button', { name: 'ロールを作成' }).first().click();
  const create = page.getByRole('dialog', { name: 'ロールを作成' });
  await create.getByLabel('ロール ID').fill(roleId);
  await create.getByRole('button', { name: 'ロールを作成' }).click();
  await assertToast(page, `ロール ${roleId} を作成しました。`);
  await expect(page.getByRole('heading', { level: 1, name: roleId })).toBeVisible();
  await expectJapanesePage(page, 'role-detail');

  // A trust policy with three mistakes: each is listed in Japanese, none in English.
  await page.goto(paths.user(userName, 'trust-policy'));
  const policy = JSON.stringify({
    statements: [{ effect: 'permit', principal: { soracom: ['srn:soracom:OP1::User'] }, condition: 'a = 1' }],
  });
  await page.getByRole('textbox', { name: `${userName} の信頼ポリシー` }).fill(policy);
  const { diagnostics } = analyzeTrustPolicy(policy);
  expect(diagnostics.map((diagnostic) => diagnostic.problem.code)).toEqual([
    'effectInvalid',
    'principalNotSrn',
    'condition',
  ]);
  const problems = page.getByRole('region', { name: '問題' });
  for (const diagnostic of diagnostics) {
    await expect(problems.getByText(wordProblem(japaneseProblems, diagnostic.problem))).toBeVisible();
  }
  // The editor's own marker says it in Japanese too.
  const [effect] = diagnostics;
  await page.locator('.cm-lintRange-error').first().hover();
  const tooltip = page.locator('.cm-tooltip-hover, .cm-tooltip-lint').first();
  await expect(tooltip).toContainText(
    wordProblem(japaneseProblems, effect?.problem ?? { code: 'notText', params: {} }),
  );
  const body = await page.locator('body').innerText();
  for (const diagnostic of diagnostics) expect(body).not.toContain(diagnostic.message);
  await expectJapanesePage(page, 'trust-policy-broken');

  // The switch-user dialog, and its own validation.
  await page.getByRole('button', { name: 'ユーザーを切り替え…' }).click();
  const switching = page.getByRole('dialog', { name: 'ユーザーを切り替え' });
  await switching.getByLabel('SAM ユーザー名').fill('');
  await switching.getByRole('button', { name: '切り替え', exact: true }).click();
  await expect(switching.getByText('SAM ユーザー名を入力してください。')).toBeVisible();
  await expectJapanesePage(page, 'switch-user');
});
