export type { TemplateContext, TemplatePredictions } from './context.js';
export {
  compileTemplate,
  fromCompiled,
  renderMessage,
  type CompiledTemplate,
  type TemplateSource,
} from './engine.js';
export { confirmationKey, couponCodeKey, templateLibrary, type LibraryTemplate } from './library/index.js';
export { sampleContext } from './sample-context.js';
