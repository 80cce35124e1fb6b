/** One thing wrong with a questionnaire file: which file, where inside it, and what. */
export interface QuestionnaireProblem {
  file: string;
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

export function formatProblem(problem: QuestionnaireProblem): string {
  return `${problem.file}: ${problem.path || '(top)'}: ${problem.message}`;
}
