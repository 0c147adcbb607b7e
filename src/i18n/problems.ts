/**
 * The one function that turns a problem (a code and its parameters, from the domain) into
 * words in the active language: the import dialog, the load banner and anything else that
 * shows problems call `formatProblem`. The texts are in `problems.<lang>.ts`.
 */
import {
  PROBLEM_PARAMS,
  type ParamKind,
  type Problem,
  type ProblemCode,
} from '../domain/dataset/problems';
import { fillMessage, LOCALES, type Lang } from './i18n';
import { typeset } from '../domain/text/typography';
import { problemsEn } from './problems.en';
import { problemsFr } from './problems.fr';

type ValueOf<K extends ParamKind> = K extends 'number'
  ? number
  : K extends readonly (infer V)[]
    ? V
    : string;

export type ParamsOf<C extends ProblemCode> = {
  readonly [K in keyof (typeof PROBLEM_PARAMS)[C]]: (typeof PROBLEM_PARAMS)[C][K] extends ParamKind
    ? ValueOf<(typeof PROBLEM_PARAMS)[C][K]>
    : never;
};

/** Helpers a text may use: numbers for the language. */
export interface TextTools {
  readonly number: (n: number) => string;
}

/**
 * A text: a string with `{param}` slots and ICU plural choices
 * (`{n, plural, one {# item} other {# items}}`, see `fillMessage`), or a function of the
 * parameters.
 */
export type ProblemText<C extends ProblemCode> =
  string | ((params: ParamsOf<C>, tools: TextTools) => string);

export type ProblemTexts = {
  readonly [C in ProblemCode]: { readonly message: ProblemText<C>; readonly hint: ProblemText<C> };
};

const TEXTS: Record<Lang, ProblemTexts> = { en: problemsEn, fr: problemsFr };

export interface ProblemWords {
  /** What is wrong. */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
function numbersFor(lang: Lang): Intl.NumberFormat {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang]);
    numberFormats.set(lang, f);
  }
  return f;
}

export function formatProblem(problem: Pick<Problem, 'code' | 'params'>, lang: Lang): ProblemWords {
  const entry = TEXTS[lang][problem.code];
  const numbers = numbersFor(lang);
  const tools: TextTools = { number: (n) => numbers.format(n) };
  const params = (problem.params ?? {}) as Record<string, string | number>;
  // The catalogues are checked against each code's parameters; here any text will do.
  type AnyText = string | ((p: Record<string, string | number>, t: TextTools) => string);
  const render = (text: AnyText): string =>
    typeof text === 'string'
      ? fillMessage(text, params, numbers)
      : typeset(lang, text(params, tools));
  return {
    message: render(entry.message as unknown as AnyText),
    hint: render(entry.hint as unknown as AnyText),
  };
}
