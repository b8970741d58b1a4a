/** The demo practice: made-up clients and their work, written through the app's own channels. */
export { seedPractice, SIZES, type Caller } from './practice'
