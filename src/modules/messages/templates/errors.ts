// Their codes are listed in the messages module's catalog (../errors.ts).
import { RetainError } from '../../../core/errors.js';

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
