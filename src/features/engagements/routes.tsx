import type { RouteObject } from 'react-router'
import { AssessmentTab } from '../assessment/AssessmentTab'
import { GoalsTab } from '../goals/GoalsTab'
import { ReviewsTab } from '../reviews/ReviewsTab'
import { SummaryTab } from '../reviews/SummaryTab'
import { SessionRecord } from '../sessions/SessionRecord'
import { SessionsTab } from '../sessions/SessionsTab'
import { ContractTab } from './ContractTab'
import { EngagementForm } from './EngagementForm'
import { EngagementLayout } from './EngagementLayout'

/** One engagement's workspace; each phase is a tab whose screens live in that phase's feature folder. */
export const engagementRoutes: RouteObject = {
  path: 'engagements/:engagementId',
  element: <EngagementLayout />,
  children: [
    { index: true, element: <ContractTab /> },
    { path: 'edit', element: <EngagementForm /> },
    { path: 'assessment', element: <AssessmentTab /> },
    { path: 'goals', element: <GoalsTab /> },
    { path: 'sessions', element: <SessionsTab /> },
    { path: 'sessions/:sessionId', element: <SessionRecord /> },
    { path: 'reviews', element: <ReviewsTab /> },
    { path: 'summary', element: <SummaryTab /> }
  ]
}
