import { RetainError, type ErrorCatalog } from '../../../core/errors.js';

export const templateErrors = {
  template_invalid: {
    type: 'invalid_request_error',
    meaning:
      'A template field does not compile: an MJML error, a Liquid syntax error, an unknown filter, or a missing field the channel needs.',
    fix: 'Correct the field that `param` names at the line and column `message` gives.',
  },
  template_render_failed: {
    type: 'business_rule_error',
    meaning:
      'The template did not render for this customer: a variable it uses is not there (variables are strict) or a filter refused its value.',
    fix: 'Use only variables every customer has, or guard optional ones with `{% if %}`; `message` names the variable.',
  },
} satisfies ErrorCatalog;

/** A template that does not compile. `param` names its field: `body`, `subject`, `provider_params.1`… */
export class TemplateError extends RetainError {
  constructor(param: string, message: string) {
    super('template_invalid', message, { param });
    this.name = 'TemplateError';
  }
}

/** A template that compiled but cannot render for this context; nothing of it is sent. */
export class RenderError extends RetainError {
  constructor(param: string, message: string) {
    super('template_render_failed', message, { param });
    this.name = 'RenderError';
  }
}
