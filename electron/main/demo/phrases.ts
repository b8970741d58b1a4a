import type { Random } from './random'

/**
 * The words of a demo practice: sentences a coach would write, built from parts so a
 * large practice reads varied rather than repeated. Everything is chosen through the
 * seeded random source, so the same seed writes the same notes.
 */

export interface Topic {
  /** What the coach calls it: a growth area's title. */
  area: string
  /** What the work is about, inside a sentence: "delegating the weekly reporting". */
  focus: readonly string[]
  /** A SMART goal about it: statement, and how progress is measured. */
  goals: readonly { statement: string; measure: 'rating' | 'number'; unit?: string; unitOne?: string; baseline: number; target: number }[]
  /** Things a client commits to. */
  actions: readonly string[]
  /** What a 360 or an interview says about it. */
  behaviours: readonly string[]
}

export const TOPICS: readonly Topic[] = [
  {
    area: 'Delegation',
    focus: ['delegating the weekly reporting', 'letting go of the detail on client accounts', 'handing the budget cycle to the deputy', 'why every decision still lands on their desk'],
    goals: [
      { statement: 'Delegate the weekly management report to the team by the end of the quarter', measure: 'number', unit: 'hours a week on reporting', unitOne: 'hour a week on reporting', baseline: 9, target: 2 },
      { statement: 'Hand three recurring decisions to direct reports with clear boundaries', measure: 'rating', baseline: 3, target: 8 }
    ],
    actions: ['List every task done last week and mark what only they can do', 'Hand the weekly report to {colleague} with a one-page brief', 'Agree decision rights with {colleague} for purchases under the budget line', 'Stop attending the Tuesday operations stand-up for a month', 'Ask the team what they would take on if given the chance'],
    behaviours: ['steps in to fix problems the team could solve', 'rewrites documents instead of giving feedback', 'is the bottleneck for approvals']
  },
  {
    area: 'Stakeholder management',
    focus: ['managing expectations with the board', 'the relationship with the new CEO', 'keeping the regional directors on side during the merger', 'getting ahead of surprises with the sponsor'],
    goals: [
      { statement: 'Hold a monthly one-to-one with each of the five key stakeholders', measure: 'number', unit: 'stakeholder meetings a month', unitOne: 'stakeholder meeting a month', baseline: 1, target: 5 },
      { statement: 'Be seen by the board as bringing solutions, not problems', measure: 'rating', baseline: 4, target: 8 }
    ],
    actions: ['Map the stakeholders on influence and interest before the next session', 'Book a coffee with {colleague} with no agenda', 'Send the board a one-page pre-read three days before the meeting', 'Ask {colleague} what a good update from the team looks like'],
    behaviours: ['goes quiet when senior people disagree', 'is trusted by peers but invisible to the board', 'updates stakeholders only when asked']
  },
  {
    area: 'Executive presence',
    focus: ['speaking up in the leadership meeting', 'holding the room when challenged by the CFO', 'the presentation to the executive committee', 'sounding as confident as the plan deserves'],
    goals: [
      { statement: 'Contribute a view early in every leadership meeting', measure: 'rating', baseline: 3, target: 8 },
      { statement: 'Present the strategy to the executive committee without notes', measure: 'rating', baseline: 2, target: 7 }
    ],
    actions: ['Rehearse the first two minutes of the board presentation out loud', 'Ask {colleague} for feedback on the last leadership meeting', 'Prepare one clear point of view for each agenda item', 'Record a practice run and watch it back once'],
    behaviours: ['over-prepares and then under-speaks', 'hedges recommendations with too many caveats', 'is compelling one-to-one but hesitant in large groups']
  },
  {
    area: 'Difficult conversations',
    focus: ['the underperformance conversation with {colleague}', 'telling the team the project is cancelled', 'pushing back on an unrealistic deadline', 'the pay conversation that has been postponed twice'],
    goals: [{ statement: 'Have the performance conversations that have been put off, within six weeks', measure: 'number', unit: 'conversations held', unitOne: 'conversation held', baseline: 0, target: 3 }],
    actions: ['Write the first sentence of the conversation with {colleague} and say it aloud', 'Book the meeting with {colleague} for this week', 'Prepare two specific examples and the impact of each', 'Ask HR for the policy before the conversation'],
    behaviours: ['avoids conflict until it escalates', 'softens feedback until the message is lost', 'is fair but slow to address problems']
  },
  {
    area: 'Time and energy',
    focus: ['protecting time for deep work', 'evenings and weekends taken over by email', 'the calendar run by other people', 'saying no to meetings that do not need them'],
    goals: [
      { statement: 'Protect two half-days a week for strategic work', measure: 'number', unit: 'protected hours a week', unitOne: 'protected hour a week', baseline: 0, target: 8 },
      { statement: 'Stop answering email after 8 pm on weekdays', measure: 'rating', baseline: 2, target: 9 }
    ],
    actions: ['Block Tuesday and Thursday mornings in the calendar', 'Turn off email notifications on the phone after 8 pm', 'Decline three recurring meetings and send a written update instead', 'Keep an energy log for one week'],
    behaviours: ['is always available, which the team relies on too much', 'runs from meeting to meeting', 'looks exhausted by Thursday']
  },
  {
    area: 'Strategic thinking',
    focus: ['stepping out of the day-to-day to set a three-year direction', 'the strategy offsite in the spring', 'choosing what the division will stop doing', 'the difference between a plan and a strategy'],
    goals: [{ statement: 'Draft and test a three-year strategy for the division before the offsite', measure: 'rating', baseline: 2, target: 8 }],
    actions: ['Write one page on where the division should be in three years', 'Interview three customers about what they will need next', 'Ask {colleague} to challenge the draft strategy', 'Take a half-day away from the office to think'],
    behaviours: ['is an excellent operator who rarely lifts their head', 'brings detail when the board wants direction', 'solves today brilliantly and tomorrow rarely']
  },
  {
    area: 'Giving feedback',
    focus: ['giving feedback that lands', 'praise that is specific enough to repeat', 'feedback to a more experienced team member', 'the annual review season'],
    goals: [{ statement: 'Give each direct report specific feedback every fortnight', measure: 'number', unit: 'feedback conversations a month', unitOne: 'feedback conversation a month', baseline: 2, target: 12 }],
    actions: ['Use situation–behaviour–impact for the next piece of feedback to {colleague}', 'Note one specific thing each team member did well this week', 'Ask the team how they prefer to receive feedback'],
    behaviours: ['gives praise freely but vaguely', 'saves feedback for the annual review', 'is direct to the point of bluntness under pressure']
  },
  {
    area: 'Conflict resolution',
    focus: ['the tension between sales and operations', 'two senior team members who no longer speak', 'the disagreement with {colleague} about priorities', 'mediating between the founders'],
    goals: [{ statement: 'Run a joint planning session that sales and operations both sign up to', measure: 'rating', baseline: 3, target: 8 }],
    actions: ['Meet {colleague} and listen without proposing a solution', 'Write down what each side needs, not what each side wants', 'Set ground rules for the joint meeting and share them in advance'],
    behaviours: ['takes sides too quickly', 'hopes conflicts resolve themselves', 'is a calm presence when tempers rise']
  },
  {
    area: 'Career direction',
    focus: ['the move from specialist to general manager', 'whether to apply for the director role', 'life after twenty years in the same company', 'what a portfolio career would look like'],
    goals: [
      { statement: 'Decide by the summer whether to apply for the director role', measure: 'rating', baseline: 2, target: 9 },
      { statement: 'Have ten exploratory conversations about roles outside the sector', measure: 'number', unit: 'conversations', unitOne: 'conversation', baseline: 0, target: 10 }
    ],
    actions: ['Update the CV and ask {colleague} to read it', 'List the five achievements they are proudest of, with numbers', 'Reach out to two former colleagues in other sectors', 'Write down the values a next role must honour', 'Prepare answers to the three hardest interview questions'],
    behaviours: ['is ready for a bigger role but waits to be asked', 'undersells their own track record', 'has a clear vision for the team but not for their career']
  },
  {
    area: 'Negotiation',
    focus: ['the budget negotiation for next year', 'renegotiating the supplier contract', 'asking for the resources the plan needs', 'the salary conversation for the new role'],
    goals: [{ statement: 'Secure the budget for two additional engineers in the next planning round', measure: 'rating', baseline: 3, target: 8 }],
    actions: ['Write down the walk-away point before the budget meeting', 'Prepare three options to put on the table', 'Ask {colleague} what finance will need to say yes'],
    behaviours: ['accepts the first offer to avoid friction', 'argues well for the team and poorly for themself', 'negotiates firmly but burns goodwill']
  },
  {
    area: 'Leading through change',
    focus: ['the restructuring of the team', 'keeping morale up through the merger', 'explaining a decision they did not make', 'the move to a hybrid way of working'],
    goals: [{ statement: 'Keep team engagement above 70% through the restructuring', measure: 'number', unit: '% engagement score', baseline: 58, target: 72 }],
    actions: ['Hold a team meeting to explain the restructuring and take every question', 'Meet each team member one-to-one within two weeks', 'Agree with {colleague} what can be shared and when'],
    behaviours: ['communicates change late and in writing', 'is honest with the team even when the news is bad', 'absorbs the stress so the team does not see it']
  },
  {
    area: 'Emotional intelligence',
    focus: ['noticing frustration before it shows', 'how stress changes the way they lead', 'reading the room in tense meetings', 'staying curious when criticised'],
    goals: [{ statement: 'Respond rather than react in tense meetings', measure: 'rating', baseline: 3, target: 8 }],
    actions: ['Pause for three breaths before answering a challenge', 'Keep a short journal of moments when irritation showed', 'Ask {colleague} to signal when the tone sharpens'],
    behaviours: ['is warm with clients and short with colleagues', 'shows impatience in meetings', 'listens well when not under pressure']
  },
  {
    area: 'Decision-making',
    focus: ['making calls with incomplete information', 'decisions that drift for weeks', 'the investment decision due next month', 'consulting without handing over the decision'],
    goals: [{ statement: 'Take the pending decisions within two weeks of having the facts', measure: 'number', unit: 'decisions pending', unitOne: 'decision pending', baseline: 7, target: 1 }],
    actions: ['List every open decision with the date it became open', 'Decide on the supplier question by Friday and tell the team why', 'Set a decision deadline for the office move'],
    behaviours: ['asks for more data when the data is enough', 'decides quickly and explains late', 'involves everyone, which slows things down']
  },
  {
    area: 'Influence without authority',
    focus: ['influencing peers in other divisions', 'getting the platform team to prioritise the project', 'building alliances across the organisation', 'the politics around the new operating model'],
    goals: [{ statement: 'Win agreement from three peer divisions for the shared-services proposal', measure: 'number', unit: 'divisions on board', unitOne: 'division on board', baseline: 0, target: 3 }],
    actions: ['Ask {colleague} what their division is measured on', 'Find one early ally and test the proposal with them', 'Rewrite the proposal around the other divisions’ goals'],
    behaviours: ['relies on logic where relationships would do more', 'is respected for expertise but not yet for influence', 'builds coalitions patiently']
  },
  {
    area: 'The first 90 days',
    focus: ['the first 90 days as COO', 'earning credibility with a team that wanted the other candidate', 'what to change first in the new role', 'learning the culture before changing it'],
    goals: [{ statement: 'Agree a 90-day plan with the CEO and deliver its three early wins', measure: 'number', unit: 'early wins delivered', unitOne: 'early win delivered', baseline: 0, target: 3 }],
    actions: ['Draft the 90-day plan and share it with the CEO', 'Hold listening meetings with every direct report', 'Pick one visible early win and name the date it will land'],
    behaviours: ['moves fast and brings energy', 'changes things before understanding them', 'listens carefully and is slow to show a plan']
  }
]

const MOODS = ['energised', 'tired but focused', 'visibly frustrated', 'calmer than last time', 'pleased with the week', 'distracted at first',
  'anxious about the week ahead', 'relieved', 'quiet and reflective', 'in good spirits', 'short of time', 'upbeat']
const EVENTS = ['a tense board meeting', 'closing the quarter', 'a week of back-to-back interviews', 'returning from leave',
  'the team offsite', 'a difficult call with {colleague}', 'presenting to the executive committee', 'the annual budget round',
  'a customer escalation', 'a restructuring announcement', 'a week of travel', 'the all-hands meeting', 'the audit']
const OPENINGS = [
  '{given} arrived {mood} after {event}.',
  'Started with a check-in: {given} was {mood} after {event}.',
  '{given} came in {mood}; {event} had taken most of the week.',
  'Short check-in. {given} {mood}, mostly because of {event}.'
]
const EXPLORATIONS = [
  'We explored {focus}.', 'Spent most of the hour on {focus}.', 'Used the GROW model to look at {focus}.',
  'Returned to {focus}, which came up again unprompted.', 'Looked at {focus} from the point of view of {colleague}.',
  'Worked through a recent example of {focus}.', 'Mapped what is in and out of their control around {focus}.'
]
const INSIGHTS = [
  'they step in whenever a deadline feels at risk', 'the resistance comes from a fear of looking less competent',
  'most meetings end without a clear owner', 'the real blocker is a decision nobody has made', 'saying no feels like letting the team down',
  'energy is highest on days that start with a plan', 'the same pattern showed up in their previous role',
  'they hold themselves to a standard they would never ask of others', 'the team is more ready than they assumed',
  'the story about {colleague} may not be the whole story', 'the problem is less time than attention',
  'they already know what to do and are waiting for permission'
]
const INSIGHT_LINES = ['{given} noticed that {insight}.', 'A realisation: {insight}.', 'Key insight for {given}: {insight}.', 'It became clear that {insight}.']
const QUOTES = [
  'I am the bottleneck, and I built it myself.', 'If I stop checking, nothing terrible happens.',
  'I want to be known for the team I build, not the hours I work.', 'I keep waiting to feel ready.',
  'Maybe the job is not to have all the answers.', 'I say yes before I have thought about it.',
  'I have been managing the work, not leading the people.', 'This is the first time I have said that out loud.'
]
const TOOLS = [
  'Tried a reframe: from “{they} will think I cannot cope” to “{they} will see I trust the team”.',
  'Practised the opening lines for the conversation twice; the second version was shorter and clearer.',
  'Mapped the stakeholders on influence and interest; {colleague} sits high on both.',
  'Did a values exercise: freedom, craft and fairness came out on top.',
  'Used a scaling question: confidence moved from {low} to {high} during the session.',
  'Role-played the meeting with {colleague}, with me in their seat.',
  'Drew the week on paper: {hours} hours in meetings, {few} for thinking.',
  'Looked back at the 360 comments on this; two raters said the same thing in different words.'
]
const REVIEWS_OF_COMMITMENTS = [
  'Reviewed last session’s commitments: {done} of {count} done.', 'Went through the actions from last time; most done, one slipped because of {event}.',
  'Checked in on the commitments: the hardest one is done and it went better than feared.', 'Commitments review: nothing done, and we looked at why without judgement.'
]
const CLOSINGS = [
  'Closed by agreeing to {action}.', 'Agreed: {action}.', '{given} committed to {action}.',
  'Next step: {action}.', 'Ended on what will be different by next time: {action}.'
]
const OBSERVATIONS = [
  'Spoke faster and looked away when {colleague} came up.', 'Possible signs of burnout: mentioned sleeping badly three times.',
  'Noticed I was rescuing again; hold back next time and let the silence work.', 'Energy dropped sharply at the mention of the promotion.',
  'Laughed off the feedback, then came back to it twice.', 'Much more relaxed than at intake; shoulders down, longer answers.',
  'I pushed too hard on the timeline; check in about that next time.', 'Talks about the team as "they" more than "we".',
  'Something unsaid about the relationship with the CEO.', 'Tearful for a moment when talking about their father’s illness; did not want to go there.',
  'Much clearer thinking when we slowed down.', 'Sponsor’s view and client’s view of the problem are drifting apart; raise in the three-way.'
]
const ADVICE = [
  'keeping a decision journal for a month', 'asking for a sponsor, not only a mentor', 'reading "The First 90 Days" before the move',
  'taking the stretch project even if it feels early', 'writing the board paper as a story, then adding the numbers',
  'finding a peer group outside the company', 'negotiating the title and the scope, not only the salary',
  'saying the hard thing in the first five minutes', 'building a personal board of advisers', 'volunteering to chair the cross-team forum'
]
const TIMEFRAMES = ['by Friday', 'before the next session', 'by the end of the month', 'before the offsite', 'this week', 'within two weeks']

export interface Voice {
  /** The client's first name, as the coach writes it. */
  given: string
  /** A colleague's first name, for the people in the story. */
  colleague: () => string
  topic: Topic
}

function fill(random: Random, template: string, voice: Voice): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'given': return voice.given
      case 'colleague': return voice.colleague()
      case 'mood': return random.pick(MOODS)
      case 'event': return fill(random, random.pick(EVENTS), voice)
      case 'focus': return fill(random, random.pick(voice.topic.focus), voice)
      case 'insight': return fill(random, random.pick(INSIGHTS), voice)
      case 'action': return `${lowerFirst(fill(random, random.pick(voice.topic.actions), voice))} ${random.pick(TIMEFRAMES)}`
      case 'they': return random.pick(['they', 'the team', 'the board'])
      case 'low': return String(random.int(2, 5))
      case 'high': return String(random.int(6, 9))
      case 'hours': return String(random.int(24, 38))
      case 'few': return String(random.int(1, 5))
      case 'done': return String(random.int(1, 3))
      case 'count': return String(random.int(3, 4))
      default: return slot
    }
  })
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function sentences(random: Random, voice: Voice, pools: readonly (readonly string[])[]): string {
  return pools.map((pool) => fill(random, random.pick(pool), voice)).join(' ')
}

/** A held session's notes: check-in, review, exploration, an insight or a quote, a tool, a commitment. */
export function sessionNotes(random: Random, voice: Voice): string {
  const paragraphs = [sentences(random, voice, [OPENINGS, REVIEWS_OF_COMMITMENTS])]
  const middle = [EXPLORATIONS, INSIGHT_LINES]
  if (random.chance(0.6)) middle.push(TOOLS)
  paragraphs.push(sentences(random, voice, middle))
  if (random.chance(0.35)) paragraphs.push(`In ${voice.given}’s words: “${random.pick(QUOTES)}”`)
  if (random.chance(0.5)) paragraphs.push(sentences(random, voice, [EXPLORATIONS, INSIGHT_LINES]))
  paragraphs.push(sentences(random, voice, [CLOSINGS]))
  return paragraphs.join('\n\n')
}

export function privateObservation(random: Random, voice: Voice): string {
  return sentences(random, voice, random.chance(0.4) ? [OBSERVATIONS, OBSERVATIONS] : [OBSERVATIONS])
}

export function agenda(random: Random, voice: Voice): string {
  return fill(random, random.pick(['Review commitments; {focus}', 'Preparation for {event}', 'Check-in, then {focus}', '{focus}']), voice)
}

export function nextFocus(random: Random, voice: Voice): string {
  return fill(random, random.pick(['Follow up on {action}', 'What support is needed from {colleague}', 'Back to {focus}', 'Debrief {event}']), voice)
}

export function actionText(random: Random, voice: Voice): string {
  return fill(random, random.pick(voice.topic.actions), voice)
}

export function adviceGiven(random: Random): string {
  return `Suggested ${random.pick(ADVICE)}${random.chance(0.4) ? `, and ${random.pick(ADVICE)}` : ''}.`
}

export function topicsDiscussed(random: Random): string {
  return random
    .sample(TOPICS, random.int(1, 3))
    .map((topic) => topic.area)
    .join(', ')
}

export function obstacle(random: Random, voice: Voice): { obstacles: string; overcome: string } {
  return random.pick([
    { obstacles: 'Quarter-end will eat the time.', overcome: 'Do it first thing on Monday, before email.' },
    { obstacles: `${voice.colleague()} may push back.`, overcome: 'Ask for their view first, then make the request.' },
    { obstacles: 'Old habit of doing it alone.', overcome: 'Tell the team it is happening, so there is no way back.' },
    { obstacles: 'Not sure it will be welcome.', overcome: 'Frame it as an experiment for one month.' },
    { obstacles: '', overcome: '' }
  ])
}

export function intake(random: Random, voice: Voice, role: string) {
  return {
    whatBrought: fill(random, random.pick([
      `Newly promoted to ${role} and finding the jump harder than expected, especially around {focus}.`,
      `The sponsor asked for support with {focus}; ${voice.given} agrees it is the right focus.`,
      `Feedback from the last review named {focus}; ${voice.given} wants to work on it before the next round.`,
      'Feeling stuck after six years in the same role and unsure about the next step.'
    ]), voice),
    context: fill(random, random.pick([
      'Leads a team of {hours} across two sites; the organisation is in the middle of {event}.',
      'Reports to a new CEO who expects faster decisions. Previous coaching five years ago, found it useful.',
      'Joined eighteen months ago from a competitor; still building relationships with the senior team.',
      'Small family business, second generation; the founder is still closely involved.'
    ]), voice),
    hopes: fill(random, random.pick([
      'To leave the engagement with a clear plan and the confidence to carry it out.',
      'To be seen as a leader, not only as the best expert in the room.',
      'A calmer week, and evenings back.',
      'To decide about the director role with a clear head.'
    ]), voice)
  }
}

const RELATIONSHIPS = ['Line manager', 'Peer', 'Direct report', 'Board chair', 'HR business partner', 'Key customer']

export function interview(random: Random, voice: Voice) {
  const relationship = random.pick(RELATIONSHIPS)
  const [strength, gap] = random.sample(voice.topic.behaviours, 2)
  return {
    relationship,
    notes: `Describes ${voice.given} as ${random.pick(['committed', 'sharp', 'generous', 'reliable', 'demanding', 'thoughtful'])} and ${random.pick(['loyal to the team', 'technically outstanding', 'fair', 'calm under pressure', 'impatient at times'])}. Sees someone who ${strength ?? 'works hard'}. Would like to see a change: at the moment ${voice.given} ${gap ?? 'takes on too much'}. Example given: ${lowerFirst(fill(random, random.pick(EVENTS), voice))}.`
  }
}

export const COMPETENCIES = ['Strategic thinking', 'Listening', 'Delegation', 'Giving feedback', 'Decision-making', 'Building trust',
  'Managing conflict', 'Communicating vision', 'Developing others', 'Resilience']

export function interpretation(random: Random, voice: Voice, weakest: string, strongest: string): string {
  return [
    `Self-ratings run above every other group on ${weakest.toLowerCase()}; direct reports rate ${strongest.toLowerCase()} highest.`,
    `The gap on ${weakest.toLowerCase()} echoes the interviews: ${voice.given} ${random.pick(voice.topic.behaviours)}.`,
    random.pick(['Managers and peers broadly agree.', 'Peers are the most critical group.', 'Ratings from direct reports vary widely, worth exploring.'])
  ].join(' ')
}

export function growthAreaDescription(random: Random, voice: Voice): string {
  return fill(random, `Agreed focus: {focus}. Evidence from the intake, the interviews and the 360. ${voice.given} ${random.pick(voice.topic.behaviours)}.`, voice)
}

export function goalWhy(random: Random, voice: Voice): string {
  return fill(random, random.pick([
    'Without it the team cannot grow, and {given} cannot step up.',
    'The sponsor named it as the condition for the next role.',
    'It is what {given} most wants to be different a year from now.',
    'It frees time for the strategic work the role needs.'
  ]), voice)
}

export function keyLearnings(random: Random, voice: Voice): string {
  return fill(random, random.pick([
    'Letting go creates room: the team took on more than expected, and it became clear that {insight}.',
    'Preparation beats perfection; short, clear messages landed better than long ones.',
    'The real work was on beliefs, not techniques: {insight}.',
    'Progress came from small weekly experiments rather than big resolutions.'
  ]), voice)
}

export function sustainPlan(random: Random, voice: Voice): string {
  return fill(random, `Keep the monthly check-in with {colleague}; review the goals each quarter; ${lowerFirst(actionText(random, voice))}.`, voice)
}

export function clientFeedback(random: Random): string {
  return random.pick([
    'The sessions gave me space I did not know I needed. I am leaving with habits, not just ideas.',
    'Challenging in the right way. I would have liked a few more sessions at the start.',
    'Practical and honest. The stakeholder map changed how I prepare every meeting.',
    'I feel more like myself at work than I have in years.'
  ])
}

export function introductionReason(random: Random): { reason: string; outcome: string } {
  return random.pick([
    { reason: 'Has led two turnarounds and enjoys helping newer leaders.', outcome: 'Met for coffee; agreed to a monthly call.' },
    { reason: 'Sits on two boards and can explain how the nominations process works.', outcome: 'Call booked for next month.' },
    { reason: 'Made the same move from finance into operations five years ago.', outcome: 'Useful first conversation; follow-up planned.' },
    { reason: 'Runs the peer network for women in engineering leadership.', outcome: 'Invited to the next meeting.' },
    { reason: 'Recruiter who specialises in chief operating officer roles.', outcome: '' }
  ])
}
