#!/usr/bin/env node
/**
 * The `meso-evidence` command. Exit codes: 0 no problem, 1 a finding is overstated or
 * contradicted (or, for `validate`, the data has problems), 2 the command could not do its
 * job (usage, unreadable input, output that could not be written). A reader that stops
 * early (`| head`) is a normal end.
 *
 * @module
 */
import { escapeTerminalControls, guardOutput, MAX_STDIN_BYTES, readCapped } from './process-io.js';
import { runCli } from './run.js';

const stdout = guardOutput(process.stdout);
const stderr = guardOutput(process.stderr);

let code = await runCli(process.argv.slice(2), {
  out: (line) => {
    stdout.line(escapeTerminalControls(line));
  },
  err: (line) => {
    stderr.line(escapeTerminalControls(line));
  },
  readStdin: () => readCapped(process.stdin, MAX_STDIN_BYTES),
  stdinStream: () => process.stdin,
  stderrIsTTY: process.stderr.isTTY,
});
const failure = await stdout.finish();
if (failure !== undefined) {
  stderr.line(`meso-evidence: cannot write the output: ${failure}`);
  code = 2;
}
await stderr.finish();
process.exitCode = code;
