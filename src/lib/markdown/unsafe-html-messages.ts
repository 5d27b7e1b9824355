/** Rule ids of the messages rehype-report-unsafe-html attaches (forward them as warnings). */
export const UNSAFE_HTML_RULES = {
  removedElement: 'planverk:removed-html',
  unsafeUrl: 'planverk:unsafe-url',
  eventHandler: 'planverk:event-handler',
} as const;
