/**
 * Runs Node with a module hook (Node's `module.register`) that records every module URL a
 * process resolves or loads: what the cold-start and CLI-loading tests count.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Which hook records: `resolve` sees every specifier resolved, `load` every file read. */
export type ModuleHook = 'resolve' | 'load';

/**
 * Writes the hook into `dir` and returns a runner: `run(args, log)` starts Node with the hook
 * registered, in `dir`, and returns the process's result and the URLs it recorded.
 */
export function moduleRecorder(
  dir: string,
  hook: ModuleHook,
): (args: readonly string[], logName: string) => { result: SpawnSyncReturns<string>; urls: string[] } {
  const hooks = join(dir, `hooks-${hook}.mjs`);
  const record =
    hook === 'resolve'
      ? `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.MESO_LOADED, result.url + '\\n');
  return result;
}`
      : `export async function load(url, context, next) {
  const result = await next(url, context);
  if (url.startsWith('file:')) appendFileSync(process.env.MESO_LOADED, url + '\\n');
  return result;
}`;
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\n${record}\n`);
  const register = join(dir, `register-${hook}.mjs`);
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  return (args, logName) => {
    const log = join(dir, logName);
    writeFileSync(log, '');
    const result = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, MESO_LOADED: log },
    });
    return { result, urls: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
  };
}
