#!/usr/bin/env node
/**
 * The `meso-evidence` command.
 *
 * @module
 */
import { buffer } from 'node:stream/consumers';
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readStdin: () => buffer(process.stdin),
  stderrIsTTY: process.stderr.isTTY,
});
