/**
 * The command writes its standard output and error by file descriptor (`descriptorOutput`),
 * so a small `check` never makes `process.stdout`, which loads Node's streams (issue 17). It
 * must keep what the stream-based guard promised: every byte in order, a reader that goes
 * away is a quiet end, any other failure is reported, and a descriptor that would block hands
 * the rest to the stream.
 */
import { describe, expect, it } from 'vitest';
import { descriptorOutput, type OutputStream, type WriteSync } from '../../src/cli/process-io.js';

/** An fs error as Node throws it. */
function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: failed, write`), { code });
}

/** A writeSync that records what it wrote, taking at most `most` bytes a call, and may throw. */
function descriptor(most = Infinity, fail?: (call: number) => Error | undefined) {
  const written: number[] = [];
  let calls = 0;
  const writeSync: WriteSync = (fd, bytes) => {
    expect(fd).toBe(1);
    const error = fail?.(calls++);
    if (error) throw error;
    const n = Math.min(most, bytes.length);
    written.push(...bytes.subarray(0, n));
    return n;
  };
  return { writeSync, text: () => Buffer.from(written).toString('utf8') };
}

/** A stream that records what it was given. */
function stream() {
  const chunks: Buffer[] = [];
  const out: OutputStream = {
    write(chunk, callback) {
      chunks.push(Buffer.from(chunk));
      callback?.(null);
      return true;
    },
    on: () => out,
  };
  return { out, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('descriptorOutput', () => {
  it('writes each line with a line break, in order, and finishes without a failure', async () => {
    const fd = descriptor();
    const output = descriptorOutput(1, fd.writeSync, () => {
      throw new Error('the stream is not needed');
    });
    output.line('første linje – “sitat”');
    output.line('');
    output.line('3:1-3:57  overstated');
    expect(await output.finish()).toBeUndefined();
    expect(fd.text()).toBe('første linje – “sitat”\n\n3:1-3:57  overstated\n');
  });

  it('writes the rest of a line that one call wrote only in part', async () => {
    const fd = descriptor(3);
    const output = descriptorOutput(1, fd.writeSync, () => stream().out);
    output.line('på 4 uker');
    expect(await output.finish()).toBeUndefined();
    expect(fd.text()).toBe('på 4 uker\n');
  });

  it('ends quietly when the reader goes away (EPIPE): no failure, nothing more written', async () => {
    const fd = descriptor(Infinity, (call) => (call === 1 ? fsError('EPIPE') : undefined));
    const output = descriptorOutput(1, fd.writeSync, () => stream().out);
    output.line('one');
    output.line('two');
    output.line('three');
    expect(await output.finish()).toBeUndefined();
    expect(fd.text()).toBe('one\n');
  });

  it('reports a failed write (a full disk) and writes nothing after it', async () => {
    const fd = descriptor(Infinity, (call) => (call === 0 ? fsError('ENOSPC') : undefined));
    const output = descriptorOutput(1, fd.writeSync, () => stream().out);
    output.line('one');
    output.line('two');
    expect(await output.finish()).toBe('no space left on device');
    expect(fd.text()).toBe('');
  });

  it('hands the rest to the stream, from the first byte not written, when the descriptor would block (EAGAIN)', async () => {
    // The first call writes 4 bytes of "abcdefgh\n", the second would block.
    const fd = descriptor(4, (call) => (call === 1 ? fsError('EAGAIN') : undefined));
    const fallback = stream();
    let made = 0;
    const output = descriptorOutput(1, fd.writeSync, () => {
      made++;
      return fallback.out;
    });
    output.line('abcdefgh');
    output.line('next');
    expect(await output.finish()).toBeUndefined();
    expect(made).toBe(1);
    expect(fd.text() + fallback.text()).toBe('abcdefgh\nnext\n');
    expect(fallback.text()).toBe('efgh\nnext\n');
  });
});
