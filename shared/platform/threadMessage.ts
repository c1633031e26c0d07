// Runtime: any. What a thread that runs one task at a time posts back (Node's worker threads, a
// browser's nested Workers): progress (optional), then one `done` or `failed`. Both hosts speak it.

export type ThreadMessage<Result, Progress> =
  | { readonly type: 'progress'; readonly progress: Progress }
  | { readonly type: 'done'; readonly result: Result }
  | { readonly type: 'failed'; readonly message: string };

/** A task's failure as it crosses to the thread that asked: its message alone (an Error is not cloned whole everywhere). */
export function failedMessage(error: unknown): ThreadMessage<never, never> {
  return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
}
