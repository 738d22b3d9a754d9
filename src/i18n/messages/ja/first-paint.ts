// すべてのページ (サインインページを含む) が使う分野: 最初の描画の前に読み込む部分です。
import type { FirstPaintMessages } from '../messages.ts';
import common from './common.ts';
import app from './app.ts';
import session from './session.ts';

export default { common, app, session } satisfies FirstPaintMessages;
