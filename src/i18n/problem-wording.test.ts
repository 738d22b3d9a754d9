// @vitest-environment jsdom
// The engine's problems follow the console's language, and the Japanese wording is fetched only when asked for.
import { describe, expect, it } from 'vitest';
import { wordProblem, type DiagnosticProblem } from '../permissions/index.ts';
import { englishDiagnosticProblems } from '../permissions/problem-messages.ts';
import { activateLocale } from './i18n-store.ts';
import { problems as japaneseProblems } from '../permissions/problem-messages-ja.ts';
import { loadProblemWording, problemWording } from './problem-wording.ts';

const missingEffect: DiagnosticProblem = { code: 'effectMissing', params: { statement: 1, written: null } };

describe('problemWording', () => {
  it('is English in English, and Japanese once the Japanese wording has arrived', async () => {
    await activateLocale('en');
    expect(problemWording()).toBe(englishDiagnosticProblems);

    await activateLocale('ja');
    expect(await loadProblemWording('ja')).toBe(japaneseProblems);
    expect(problemWording()).toBe(japaneseProblems);
    expect(wordProblem(problemWording(), missingEffect)).not.toBe(
      wordProblem(englishDiagnosticProblems, missingEffect),
    );

    await activateLocale('en');
    expect(problemWording()).toBe(englishDiagnosticProblems);
  });
});
