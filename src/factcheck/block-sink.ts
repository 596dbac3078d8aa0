/**
 * Where a reader of blocks puts them as it reads them: a {@link BlockSink}, told between
 * blocks which earlier ones a later block may still name as its lead-in, so a sink that
 * hands each block on (the fact-check's) can let go of what it keeps of the others.
 *
 * @module
 */
import type { Block } from '../claims/block.js';

/**
 * Where the blocks of a reader go as they are read: how many there are so far, the last
 * one, and the next. A reader that hands each block on as it is read (the fact-check's)
 * holds none of them; {@link arraySink} collects them.
 *
 * @internal
 */
export interface BlockSink {
  /** The number of blocks so far: the index the next one gets. */
  readonly length: number;
  /** The last block so far. */
  readonly last: Block | undefined;
  /** Takes the next block. */
  push(block: Block): void;
  /**
   * Told between blocks, when it is given: no later block names an earlier one as its
   * lead-in but those in `leadIns` (indices of this sink's blocks).
   */
  settle?(leadIns: readonly number[]): void;
}

/**
 * Tells `sink` (when it asks) which of its blocks a later block may still name as its
 * lead-in: the lead-ins of the open containers, the last block and the last block's lead-in.
 *
 * @internal
 */
export function settle(sink: BlockSink, open: readonly (number | undefined)[] = []): void {
  if (!sink.settle) return;
  const leadIns: number[] = [];
  for (const leadIn of open) if (leadIn !== undefined) leadIns.push(leadIn);
  const last = sink.last;
  if (last) leadIns.push(sink.length - 1);
  if (last?.leadIn !== undefined) leadIns.push(last.leadIn);
  sink.settle(leadIns);
}

/**
 * A {@link BlockSink} that collects the blocks into `blocks`.
 *
 * @internal
 */
export function arraySink(blocks: Block[]): BlockSink {
  return {
    get length() {
      return blocks.length;
    },
    get last() {
      return blocks.at(-1);
    },
    push(block) {
      blocks.push(block);
    },
  };
}

/**
 * Hands blocks read all at once (a part read as plain text, or one that may be too deep to
 * read as Markdown) to `sink`, telling it after each (when it asks) which of them a later one
 * still names as its lead-in, as {@link settle} does for blocks read one at a time.
 *
 * @internal
 */
export function pushAll(blocks: readonly Block[], sink: BlockSink): void {
  if (!sink.settle) {
    for (const block of blocks) sink.push(block);
    return;
  }
  /** The last block that names each block as its lead-in. */
  const lastNamed = new Map<number, number>();
  blocks.forEach((block, index) => {
    if (block.leadIn !== undefined) lastNamed.set(block.leadIn, index);
  });
  const named = new Set<number>();
  blocks.forEach((block, index) => {
    sink.push(block);
    for (const earlier of named) if ((lastNamed.get(earlier) as number) <= index) named.delete(earlier);
    if ((lastNamed.get(index) ?? -1) > index) named.add(index);
    settle(sink, [...named]);
  });
}
