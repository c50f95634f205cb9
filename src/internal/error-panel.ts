import { html, type TemplateResult } from 'lit';
import type { BriefProblem } from '../data/types.js';
import type { LocaleController } from './locale-controller.js';
import { commonStrings } from './strings.js';

/** Longest problem text shown in the panel; the console has the rest. */
const MAX_SHOWN = 300;

const clip = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/**
 * The error panel every widget shows when it cannot render: what is wrong, field by field.
 * @internal
 */
export function renderErrorPanel(
  problems: readonly BriefProblem[],
  locale: LocaleController,
): TemplateResult {
  return html`
    <div class="error" part="error" role="alert">
      <p class="error__title">${locale.t(commonStrings, 'errorTitle')}</p>
      <p class="error__help">${locale.t(commonStrings, 'errorHelp')}</p>
      <ul class="error__list">
        ${problems.map(
          (problem) =>
            html`<li><span class="error__path">${clip(problem.path)}</span>: ${clip(problem.message)}</li>`,
        )}
      </ul>
    </div>
  `;
}

/** The placeholder shown while a `src` loads. @internal */
export function renderLoading(locale: LocaleController): TemplateResult {
  return html`<div class="loading" part="loading" role="status">${locale.t(commonStrings, 'loading')}</div>`;
}
