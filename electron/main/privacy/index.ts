/** A client's data rights (export, import, erasure) and retention, as the rest of the app uses them. */
export { privacyHandlers } from './handlers'
export { finishPendingScrub } from './scrub'
