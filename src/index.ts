/** entente's library entry: `import { analyze } from "entente"`. */
export type { RawInput } from "./acquire/raw-input.js";
export * from "./contract/analysis.js";
export { EntenteError, ERROR_CODES, type ErrorCode, toErrorInfo } from "./contract/errors.js";
export { type AnalyzeOptions, analyze, STAGES } from "./pipeline/analyze.js";
