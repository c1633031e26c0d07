// The results' views, in the order of the side bar.

import type { ComponentType } from 'react';
import { AiConversationsView } from '../aiConversations/AiConversationsView';
import { CoverageView } from '../coverage/CoverageView';
import { ExplorerView } from '../explorer/ExplorerView';
import { GuideView } from '../guide/GuideView';
import { LanguageView } from '../language/LanguageView';
import { LoginsView } from '../logins/LoginsView';
import { OverviewView } from '../overview/OverviewView';
import { ResponsesView } from '../responses/ResponsesView';
import { TimelineView } from '../timeline/TimelineView';
import type { ViewProps } from './viewProps';

export interface ViewDefinition {
  readonly id: string;
  readonly label: string;
  readonly component: ComponentType<ViewProps>;
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: 'overview', label: 'Overview', component: OverviewView },
  { id: 'timeline', label: 'Timeline', component: TimelineView },
  { id: 'logins', label: 'Login activity', component: LoginsView },
  { id: 'language', label: 'Language preferences', component: LanguageView },
  { id: 'responses', label: 'Responses', component: ResponsesView },
  { id: 'ai-conversations', label: 'AI-assistant conversations', component: AiConversationsView },
  { id: 'explorer', label: 'Your items', component: ExplorerView },
  { id: 'coverage', label: 'What was read', component: CoverageView },
  { id: 'guide', label: 'Opt-out guide', component: GuideView },
];
