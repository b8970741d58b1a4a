import type { Random } from './random'

/**
 * Names from the cultures a coach's clients come from, each written in its own script
 * and order: the list, the sort and the search must all cope with them.
 */
interface Culture {
  weight: number
  given: readonly string[]
  family: readonly string[]
  /** How a full name is written. */
  format: (given: string, family: string) => string
  /** An email-safe form of a name, when the script has one. */
  latin?: boolean
}

const westernOrder = (given: string, family: string) => `${given} ${family}`
const familyFirst = (given: string, family: string) => `${family}${given}`

const CULTURES: readonly Culture[] = [
  {
    weight: 30,
    latin: true,
    given: ['Anna', 'James', 'Sarah', 'Michael', 'Emma', 'David', 'Olivia', 'Daniel', 'Grace', 'Thomas', 'Hannah', 'Samuel',
      'Chloe', 'Benjamin', 'Lucy', 'Oliver', 'Amelia', 'Jack', 'Isla', 'Henry', 'Priya', 'Ravi', 'Aisha', 'Kwame', 'Ngozi',
      'Tendai', 'Mei', 'Carlos', 'Lucia', 'Mateo', 'Sofia', 'Liam', 'Noah', 'Ava', 'Ethan', 'Mia', 'Ruth', 'Marcus', 'Helen',
      'Patrick', 'Fiona', 'Rebecca', 'Andrew', 'Claire', 'Nathan', 'Laura', 'Simon', 'Joanna', 'Adrian', 'Kate'],
    family: ['Smith', 'Johnson', 'Williams', 'Brown', 'Taylor', 'Wilson', 'Evans', 'Walker', 'Wright', 'Robinson', 'Thompson',
      'Hughes', 'Edwards', 'Green', 'Hall', 'Lewis', 'Clarke', 'Patel', 'Shah', 'Okafor', 'Mensah', 'Mwangi', 'Nguyen',
      'Garcia', 'Martinez', 'Kim', 'Chen', 'Sullivan', 'Murphy', 'Kelly', 'Fraser', 'Campbell', 'Reid', 'Baker', 'Cooper',
      'Morgan', 'Bennett', 'Price', 'Ward', 'Foster', 'Lee', 'Raman', 'Iyer', 'Adeyemi', 'Boateng'],
    format: westernOrder
  },
  {
    weight: 28,
    latin: true,
    given: ['Zoë', 'Łukasz', 'François', 'Jürgen', 'Åsa', 'Søren', 'José', 'Inês', 'Ólafur', 'Björn', 'Małgorzata', 'Žofie',
      'Ángela', 'Chloé', 'Émile', 'Hélène', 'Maël', 'Agnès', 'Jiří', 'Ioana', 'Ştefan', 'Dário', 'Núria', 'Jokūbas',
      'Māris', 'Grzegorz', 'Ágnes', 'Zsófia', 'Çağla', 'Emre', 'Niamh', 'Siobhán', 'Ørjan', 'Sigríður', 'Dragoș', 'Milena',
      'Wojciech', 'Anaïs', 'Raphaël', 'Bärbel', 'Jörg', 'Gülşen', 'İlker', 'Tomáš', 'Dóra', 'Mirela', 'Lukáš', 'Pål'],
    family: ['Ødegård', 'Żółć', 'Müller', 'Lefèvre', 'Núñez', 'Gonçalves', 'Sigurðsson', 'Håkansson', 'Nowakowski', 'Dvořák',
      'Szabó', 'Kovačević', 'Đorđević', 'Ó Súilleabháin', 'Şahin', 'Yılmaz', 'Öztürk', 'Schäfer', 'Weiß', 'Brønstad',
      'Ibáñez', 'Peña', 'García-Márquez', 'Čapek', 'Kowalczyk', 'Jankauskienė', 'Bērziņš', 'Popescu', 'Ştefănescu',
      'Lindqvist', 'Fjällström', 'Rossi', 'Esposito', 'Dupont', 'Mercier', 'Fournier', 'Van der Berg', 'De Vries',
      'Nielsen', 'Järvinen', 'Mäkinen', 'Bäckström', 'Zieliński', 'Wiśniewska', 'Horváth', 'Jovanović'],
    format: westernOrder
  },
  {
    weight: 10,
    given: ['Ольга', 'Дмитрий', 'Анна', 'Сергей', 'Екатерина', 'Алексей', 'Мария', 'Иван', 'Наталья', 'Фёдор', 'Юлия',
      'Андрей', 'Татьяна', 'Николай', 'Ирина', 'Павел', 'Светлана', 'Михаил', 'Оксана', 'Богдан'],
    family: ['Петрова', 'Соколов', 'Иванова', 'Смирнов', 'Кузнецова', 'Попов', 'Лебедева', 'Козлов', 'Новикова', 'Морозов',
      'Ёжиков', 'Волкова', 'Зайцев', 'Павленко', 'Шевченко', 'Бондаренко', 'Ковальчук', 'Ткаченко'],
    format: westernOrder
  },
  {
    weight: 8,
    given: ['Αλέξανδρος', 'Ελένη', 'Γιώργος', 'Μαρία', 'Νίκος', 'Κατερίνα', 'Δημήτρης', 'Σοφία', 'Κώστας', 'Αθηνά',
      'Παναγιώτης', 'Ιωάννα', 'Χρήστος', 'Δέσποινα'],
    family: ['Παπαδόπουλος', 'Γεωργίου', 'Οικονόμου', 'Νικολάου', 'Παπανικολάου', 'Βασιλείου', 'Κωνσταντίνου',
      'Αντωνίου', 'Ιωάννου', 'Μαυρίδης', 'Καραγιάννη', 'Σταθοπούλου'],
    format: westernOrder
  },
  {
    weight: 8,
    given: ['芳', '雷', '静', '伟', '娜', '强', '敏', '磊', '洋', '艳', '杰', '婷'],
    family: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙'],
    format: familyFirst
  },
  {
    weight: 5,
    given: ['花子', '太郎', '美咲', '健太', '陽菜', '翔', 'さくら', 'ゆい'],
    family: ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村'],
    format: familyFirst
  },
  {
    weight: 3,
    given: ['민준', '서연', '지훈', '하은', '도윤', '수아'],
    family: ['김', '이', '박', '최', '정', '강'],
    format: familyFirst
  },
  {
    weight: 8,
    given: ['محمد', 'فاطمة', 'أحمد', 'مريم', 'علي', 'نور', 'خالد', 'ليلى', 'يوسف', 'سارة', 'عمر', 'هدى'],
    family: ['العلي', 'الزهراني', 'الحسيني', 'المنصوري', 'الشمري', 'حداد', 'الخطيب', 'النجار', 'الأحمد', 'القحطاني'],
    format: westernOrder
  }
]

export interface Person {
  name: string
  /** The first name, as notes refer to the client. */
  given: string
  latin: boolean
}

export function person(random: Random): Person {
  const culture = random.weighted(CULTURES.map((c) => [c, c.weight] as const))
  const given = random.pick(culture.given)
  const family = random.pick(culture.family)
  return { name: culture.format(given, family), given, latin: culture.latin ?? false }
}

/** An address the client might use: ASCII, with accents dropped, for the names that have a Latin spelling. */
export function emailFor(someone: Person, domain: string): string | null {
  if (!someone.latin) return null
  const local = someone.name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øł]/g, (letter) => (letter === 'ø' ? 'o' : 'l'))
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '')
  return local ? `${local}@${domain}` : null
}

export const ORGANISATIONS = [
  'Nordlys Kapital AS', 'Acme Logistics', 'Helix Biotech', 'Stadtwerke Mühlheim', 'Müller & Söhne GmbH', 'Banco Andino',
  'Σύνδεσμος Ενέργειας', 'ООО «Волга Системс»', '株式会社さくら工業', 'شركة الخليج للاستثمار', 'Brightwater Health Trust',
  'Kestrel Analytics', 'Þórsmörk Ferðir ehf', 'Łódź Textile Works', 'Café Société SARL', 'Orchard Primary Academies',
  'Tidewater Energy', 'Meridian Insurance', 'Lumen Architecture', 'Fjordline Shipping', 'Greenfield Co-operative',
  'Ashbury University', 'Riverside NHS Foundation Trust', 'Cobalt Software', 'Atlas Engineering', 'Sable & Finch Law',
  'Harbour City Council', 'Northwind Retail', 'Quantum Leap Ventures', 'Blue Heron Hotels', 'Zürich Reinsurance Partners',
  'São Paulo Agritech', 'Kraków Digital', 'Dublin Fintech Hub', 'Cedar Grove Foods', 'Vantage Media Group', 'Arktis Bygg AB',
  'Pinecrest Charities', 'Solaris Pharma', 'Granite Rock Mining', 'Mistral Aerospace', 'Copperleaf Consulting',
  'Willow & Wren Publishing', 'Polar Star Logistics', 'Terra Nova Agriculture', 'Ironbridge Manufacturing',
  'Silver Birch Care Homes', 'Opal Telecom', 'Evergreen Housing Association', 'Saffron Restaurants'
]

export const ORGANISATION_DOMAINS = ORGANISATIONS.map((name, index) => {
  const ascii = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]+/g, '')
  return `${ascii.slice(0, 14) || `org${index}`}.example`
})

export const CLIENT_ROLES = [
  'CFO', 'CEO', 'COO', 'Head of Operations', 'Engineering Manager', 'VP Sales', 'HR Director', 'Product Lead',
  'Head of Marketing', 'Chief Nursing Officer', 'Headteacher', 'Partner', 'Finance Manager', 'Team Lead', 'Founder',
  'Programme Director', 'Head of Customer Success', 'Clinical Lead', 'Research Director', 'Plant Manager',
  'Chief of Staff', 'General Counsel', 'Head of Data', 'Store Manager', 'Deputy Director'
]

export const CONTACT_ROLES = ['HR Business Partner', 'Head of Talent', 'Line manager', 'L&D Manager', 'Chief People Officer', 'Procurement']

export const TIME_ZONES = [
  'Europe/London', 'Europe/Oslo', 'Europe/Berlin', 'Europe/Warsaw', 'Europe/Athens', 'Europe/Madrid', 'America/New_York',
  'America/Sao_Paulo', 'Asia/Shanghai', 'Asia/Tokyo', 'Asia/Dubai', 'Africa/Lagos', 'Australia/Sydney', 'Europe/Istanbul'
]

export const TAGS = ['executive', 'finance', 'mentoring', 'board-ready', 'new-manager', 'career-change', 'healthcare',
  'education', 'tech', 'founder', 'sponsored', 'pro-bono', 'referral', 'alumni', 'high-potential', 'returner']
