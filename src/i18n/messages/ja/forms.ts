// フォームの規則に合わない値へのメッセージ (どの規則か、入力された文字) と、説明の文字数の表示: ../en/forms.ts と同じキーです。
import type { ShownCharacter } from '../../../lib/text-rules.ts';
import type { Messages } from '../messages.ts';

function quote(character: ShownCharacter): string {
  if (character.kind === 'space') return '空白';
  return character.kind === 'invisible' ? character.text : `「${character.text}」`;
}

export default {
  rules: {
    notAllowed: ({ characters, more, allowed }) =>
      `${characters.map(quote).join('、')}${more > 0 ? ` ほか ${more} 文字` : ''}は使えません。使える文字は${allowed}です。`,
    tooLong: ({ length, max }) => `長すぎます。${max} 文字までです (現在 ${length} 文字)。`,
    tooShort: ({ length, min }) => `短すぎます。${min} 文字以上必要です (現在 ${length} 文字)。`,
    reserved: ({ value }) => `「${value}」は予約されているため使えません。`,
    nameCharacters: '英字、数字、および _ - . @ + = , ',
    operatorIdCharacters: '英字と数字',
  },
  count: {
    shown: ({ length, max }) => `${length} / ${max}`,
    spoken: ({ length, max }) => `${max} 文字中 ${length} 文字`,
    nearLimit: ({ left }) => `残り ${left} 文字です。`,
    overLimit: ({ over }) => `上限を ${over} 文字超えています。`,
  },
} satisfies Messages['forms'];
