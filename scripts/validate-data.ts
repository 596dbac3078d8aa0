/** Validates data/ from source, without a build: `npx tsx scripts/validate-data.ts [DIR]`. */
import { runCli } from '../src/cli/run.js';

process.exitCode = await runCli(['validate', ...process.argv.slice(2)], { out: console.log, err: console.error });
