// A read that failed: the reader's own one-sentence messages, and a way back.

import { useEffect, useRef } from 'react';

export interface FailedScreenProps {
  readonly messages: readonly string[];
  readonly onBack: () => void;
}

export function FailedScreen({ messages, onBack }: FailedScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="failed">
      <h1 ref={heading} tabIndex={-1}>
        This export could not be read
      </h1>
      <ul className="failed-messages" role="alert">
        {(messages.length > 0 ? messages : ['The reader gave no reason.']).map((message, i) => (
          <li key={i}>{message}</li>
        ))}
      </ul>
      <p>Nothing was changed or uploaded. You can try another file or folder.</p>
      <button type="button" className="button primary" onClick={onBack}>
        Back to the start
      </button>
    </main>
  );
}
