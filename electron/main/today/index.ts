/** Today, the coach's day across the practice, as the rest of the app uses it. */
export { todayHandlers } from './handlers'
