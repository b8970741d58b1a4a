import { useState } from 'react'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/Toasts'
import { reloadOntoPractice, usePracticeState } from './practiceState'
import './firstRun.css'

/**
 * Marks the demo practice on every screen, so its made-up clients are never taken for
 * the coach's own, and offers the way out: the first run's choices again.
 */
export function DemoBanner() {
  const state = usePracticeState()
  const [asking, setAsking] = useState(false)
  if (state.data?.state !== 'open' || !state.data.demo) return null
  const leave = async () => {
    setAsking(false)
    try {
      await window.coachbookDesktop?.leaveDemo()
      // The desktop app starts again; the browser reloads onto the first run's choices.
      reloadOntoPractice(null)
    } catch {
      notify({ title: 'Coachbook could not leave the demo', description: 'Try again; your own records were not touched.' })
    }
  }
  return (
    <section className="demo-banner" aria-label="Demo practice">
      <p>
        <strong>Demo practice.</strong> The clients and notes here are made up, and kept apart from your own records.
      </p>
      <Button variant="primary" onPress={() => setAsking(true)}>
        Leave the demo…
      </Button>
      <ConfirmDialog
        isOpen={asking}
        title="Leave the demo practice?"
        confirmLabel="Leave the demo"
        onConfirm={() => void leave()}
        onCancel={() => setAsking(false)}
      >
        Coachbook goes back to the ways to begin: start your own practice, restore a backup or import a client. What you
        changed in the demo is not kept; it is made afresh if you try it again.
      </ConfirmDialog>
    </section>
  )
}
