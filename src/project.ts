/**
 * Where the project lives: the one place its web address is written. RULES_URL, the
 * JSON Schemas' `$id`s, the security contact (docs/security.md) and package.json's
 * `repository`, `homepage` and `bugs` are all derived from it (test/package/project-url.test.ts
 * holds the ones outside TypeScript to it).
 *
 * PLACEHOLDER: the repository is not public yet, so this address does not resolve.
 * When it is published, change {@link PROJECT_URL} here, run `npm run build:data`
 * (the schemas) and `npm run docs:generate` (the docs), and update package.json as the
 * test says.
 *
 * @module
 * @internal
 */

/**
 * The project's home page and git repository (GitHub). A placeholder until the
 * repository is public.
 *
 * @internal
 */
export const PROJECT_URL = 'https://github.com/meso-evidence/meso-evidence';

/**
 * A file in the project's repository, on its main branch, as a web page.
 *
 * @param path - The path inside the repository (`docs/rules.md`).
 * @returns Its address.
 * @internal
 */
export function projectFileUrl(path: string): string {
  return `${PROJECT_URL}/blob/main/${path}`;
}

/**
 * Where security problems are reported privately (GitHub's private vulnerability
 * reporting for the repository).
 *
 * @internal
 */
export const SECURITY_CONTACT_URL = `${PROJECT_URL}/security/advisories/new`;
