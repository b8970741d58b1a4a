import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Each test starts on an empty page (Vitest runs without globals, so Testing Library cannot do this itself).
afterEach(cleanup)
