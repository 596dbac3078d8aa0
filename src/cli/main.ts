#!/usr/bin/env node
/**
 * The `meso-evidence` command. Exit codes: 0 no problem, 1 a finding is overstated or
 * contradicted (or, for `validate`, the data has problems), 2 the command could not do its
 * job (usage, unreadable input, output that could not be written). A reader that stops
 * early (`| head`) is a normal end.
 *
 * @module
 */
import { writeSync } from 'node:fs';
import { descriptorOutput, escapeTerminalControls, MAX_STDIN_BYTES, readCapped } from './process-io.js';
import { runCli } from './run.js';

// Written by descriptor: process.stdout and process.stderr are not made unless needed (see descriptorOutput).
const stdout = descriptorOutput(1, writeSync, () => process.stdout);
const stderr = descriptorOutput(2, writeSync, () => process.stderr);

let code = await runCli(process.argv.slice(2), {
  out: (line) => {
    stdout.line(escapeTerminalControls(line));
  },
  err: (line) => {
    stderr.line(escapeTerminalControls(line));
  },
  readStdin: () => readCapped(process.stdin, MAX_STDIN_BYTES),
  stdinStream: () => process.stdin,
  // Read only when progress could be shown: reading it makes process.stderr.
  get stderrIsTTY() {
    return process.stderr.isTTY;
  },
});
const failure = await stdout.finish();
if (failure !== undefined) {
  stderr.line(`meso-evidence: cannot write the output: ${failure}`);
  code = 2;
}
await stderr.finish();
process.exitCode = code;
