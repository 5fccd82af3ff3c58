// What the build tests that run a command share: the environment of a command typed in a shell.

/** The process's environment less what Vitest adds (VITEST would give the build the test's resolve
 *  conditions, NODE_ENV=test and DEV=1 a development build). */
export const shellEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^(VITEST.*|NODE_ENV|TEST|MODE|PROD|DEV|SSR|BASE_URL)$/.test(key),
  ),
);
