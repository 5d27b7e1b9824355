// Types for the `hyphen` package's per-language entry points (it ships none;
// @types/hyphen is not installed). Only the synchronous API the pipeline uses.
declare module 'hyphen/nb/index.js' {
  const api: import('./hyphen-api.ts').HyphenApi;
  export default api;
}
declare module 'hyphen/nn/index.js' {
  const api: import('./hyphen-api.ts').HyphenApi;
  export default api;
}
