// The app: one screen at a time (home, reading, failed, results), with the theme, the member's
// policy settings and the objection letter's fields held here so they survive opening another
// export.

import { useEffect, useMemo, useState } from 'react';
import type { AnalysisHost } from '../host/analysisHost';
import { HomeScreen } from '../home/HomeScreen';
import { FailedScreen } from '../reading/FailedScreen';
import { ReadingScreen } from '../reading/ReadingScreen';
import { SourceOpener } from '../ui/Citation';
import { EMPTY_OBJECTION_FIELDS, type ObjectionFields } from './objectionFields';
import { DEFAULT_POLICY_SETTINGS, type PolicySettings } from './policySettings';
import { ResultsScreen } from './ResultsScreen';
import { useTheme } from './theme';
import { useAnalysisRun } from './useAnalysisRun';

export interface AppProps {
  readonly host: AnalysisHost;
}

/** A file dropped beside the drop zone must not make the window navigate to it. */
function useNoStrayDrops(): void {
  useEffect(() => {
    const stop = (event: DragEvent) => event.preventDefault();
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);
}

export function App({ host }: AppProps) {
  const [policy, setPolicy] = useState<PolicySettings>(DEFAULT_POLICY_SETTINGS);
  const [objection, setObjection] = useState<ObjectionFields>(EMPTY_OBJECTION_FIELDS);
  const { screen, start, cancel, goHome } = useAnalysisRun(host, policy);
  const theme = useTheme();
  const openSource = useMemo(() => (url: string) => void host.openLinkedIn(url), [host]);
  useNoStrayDrops();

  switch (screen.kind) {
    case 'home':
      return <HomeScreen host={host} notice={screen.notice} onStart={start} theme={theme} />;
    case 'reading':
      return (
        <SourceOpener.Provider value={openSource}>
          <ReadingScreen progress={screen.progress} partial={screen.partial} sample={screen.sample} onCancel={cancel} />
        </SourceOpener.Provider>
      );
    case 'failed':
      return <FailedScreen messages={screen.messages} onBack={goHome} />;
    case 'results':
      return (
        <ResultsScreen
          result={screen.result}
          host={host}
          policy={policy}
          onPolicyChange={setPolicy}
          objection={objection}
          onObjectionChange={setObjection}
          theme={theme}
          onOpenAnother={goHome}
        />
      );
  }
}
