// Preloaded (`node --import`) by lazy-imports.test.ts: appends the URL of every
// module the process loads to the file named by PLANVERK_TEST_MODULE_LOG.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const file = process.env['PLANVERK_TEST_MODULE_LOG'];
if (file) {
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(file, `${url}\n`);
      return nextLoad(url, context);
    },
  });
}
