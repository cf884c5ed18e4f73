export type {
  PointsExpiring,
  TemplateContext,
  TemplateCustomer,
  TemplateLinks,
  TemplateLoyalty,
  TemplatePredictions,
  TemplateSender,
  TemplateShop,
} from './context.js';
export {
  compileTemplate,
  fromCompiled,
  requiredData,
  renderMessage,
  type CompiledTemplate,
  type Reader,
  type TemplateFormat,
  type TemplateSenderSource,
  type TemplateSource,
} from './engine.js';
export { RenderError, TemplateError } from './errors.js';
export { templateLibrary, type LibraryTemplate, type LifecycleKey } from './library/index.js';
export { sampleContext } from './sample-context.js';
