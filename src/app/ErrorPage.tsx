import { useRouteError } from 'react-router'
import { Button } from '../components/Button'
import { messageOf } from '../lib/api'

/** Shown instead of a screen that failed to draw: plain words and a way back, never a stack trace. */
export function ErrorPage() {
  const error = useRouteError()
  return (
    <main className="error-page">
      <h1>This screen could not be shown</h1>
      <p>{messageOf(error)}</p>
      <p>Your records are safe: nothing was changed.</p>
      <Button variant="primary" onPress={() => window.location.assign(window.location.pathname + window.location.search)}>
        Back to clients
      </Button>
    </main>
  )
}
