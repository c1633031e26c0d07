// Runtime: Electron utility process (a separate Node process). Runs one analysis per process:
// the main process starts it, sends the request, relays what comes back and kills it when done
// or cancelled, so a crash or a huge export never freezes the window.

import { isStartAnalysis, type AnalysisEvent } from '../shared/contract/desktopApi';
import { runParseJob } from './parseJob';

const port = process.parentPort;
let started = false;

port.on('message', (message) => {
  if (started) return;
  started = true;
  const post = (event: AnalysisEvent) => port.postMessage(event);
  if (!isStartAnalysis(message.data)) {
    post({ type: 'failed', messages: ['The app asked for an analysis it does not know how to do.'] });
    return;
  }
  void runParseJob(message.data, post);
});
