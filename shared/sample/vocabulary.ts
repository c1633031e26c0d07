// Runtime: any. Word stock for invented people, organisations and places. Names are built from
// invented syllables so no real member's name or employer is reproduced on purpose.

export const FIRST_NAME_STARTS = [
  'Ka', 'Mi', 'Lo', 'Re', 'Ta', 'Vi', 'No', 'Sa', 'Be', 'Da', 'Fe', 'Ji', 'Lu', 'Ma', 'Ni', 'Ori', 'Pe', 'Ru', 'Se',
  'Te', 'Ya', 'Zo', 'Ae', 'Bri', 'Cae', 'Eli', 'Ha', 'Ilo', 'Jo', 'Qui',
];
export const FIRST_NAME_ENDS = [
  'ra', 'lin', 'vek', 'sa', 'dor', 'mira', 'nel', 'ta', 'ron', 'wyn', 'lia', 'ko', 'ren', 'ven', 'sha', 'dris', 'lou',
  'nia', 'tan', 'véa', 'zel', 'mo',
];
export const LAST_NAME_STARTS = [
  'Bram', 'Cor', 'Dal', 'Esk', 'Fen', 'Gar', 'Hol', 'Isk', 'Jor', 'Kel', 'Lind', 'Mor', 'Nor', 'Orm', 'Pell', 'Quen',
  'Ros', 'Sten', 'Tarn', 'Ulv', 'Vask', 'Wyr', 'Ald', 'Brev', 'Cald', 'Drum', 'Elv', 'Frey', 'Gollan', 'Hask',
];
export const LAST_NAME_ENDS = [
  'ovic', 'ström', 'berg', 'ard', 'ane', 'ley', 'wick', 'ton', 'essa', 'amo', 'iel', 'quist', 'ová', 'ez', 'mont',
  'ridge', 'enko', 'ault', 'ini', 'sen',
];
/** A credential some people put in their last name: gives names that contain `, `. */
export const NAME_SUFFIXES = ['CFA', 'PhD', 'MBA', 'PMP'];

export const COMPANY_STARTS = [
  'Quill', 'Fern', 'Marrow', 'Tansy', 'Brindle', 'Copper', 'Heron', 'Lark', 'Moss', 'Nettle', 'Orchard', 'Pebble',
  'Rook', 'Sable', 'Thistle', 'Umber', 'Wren', 'Alder', 'Birch', 'Cinder',
];
export const COMPANY_MIDDLES = ['field', 'wick', 'mere', 'stone', 'gate', 'ford', 'bay', 'hollow', 'crest', 'vale'];
export const COMPANY_KINDS = [
  'Analytics', 'Logistics', 'Labs', 'Studio', 'Cooperative', 'Health', 'Robotics', 'Foods', 'Capital', 'Software',
  'Energy', 'Consulting',
];

/** Invented places: cities, regions and school towns. */
export const PLACES = [
  'Velmora', 'Ostrand', 'Calderra', 'Brisk Harbor', 'Lunetta', 'Marrowdale', 'Thessen', 'Quorra', 'Port Anselm',
  'Ilvane', 'Seraby', 'Dunmerrow',
];
export const REGIONS = ['Marevia', 'North Calder', 'Ostmark Province', 'Selvane Coast'];

export const JOB_TITLES = [
  'Data Analyst', 'Senior Data Analyst', 'Product Manager', 'Software Engineer', 'Staff Engineer', 'UX Researcher',
  'Operations Lead', 'Marketing Manager', 'Head of Analytics', 'Recruiter', 'Sales Director', 'Project Coordinator',
  'Customer Success Manager', 'Research Scientist', 'Engineering Manager', 'Designer',
];

export const INDUSTRIES = [
  'Information Technology & Services', 'Logistics & Supply Chain', 'Renewable Energy', 'Food Production',
  'Financial Services', 'Hospital & Health Care', 'Computer Software', 'Research',
];

export const SKILLS = [
  'Data Analysis', 'SQL', 'Python', 'Stakeholder Management', 'Forecasting', 'Data Visualization', 'Product Strategy',
  'User Research', 'Public Speaking', 'Team Leadership', 'A/B Testing', 'Statistics', 'Supply Chain Optimization',
  'Technical Writing', 'Mentoring', 'Machine Learning', 'Negotiation', 'Project Management', 'Dashboards',
  'Process Improvement', 'Budgeting', 'Customer Research', 'Roadmapping', 'Workshop Facilitation', 'R',
  'Spreadsheet Modeling', 'Recruiting', 'Change Management', 'Experiment Design', 'Data Governance',
];

export const TOPICS = [
  'quiet hours', 'route planning', 'demand forecasting', 'onboarding', 'remote teams', 'data quality',
  'warehouse robotics', 'mentoring', 'dashboard design', 'hiring loops', 'customer interviews', 'pricing experiments',
  'on-call rotations', 'energy storage', 'cold-chain logistics', 'writing docs', 'retrospectives', 'open data',
];

export const HASHTAGS = [
  'dataanalytics', 'logistics', 'remotework', 'leadership', 'productmanagement', 'mentoring', 'opendata',
  'supplychain', 'careers', 'ux', 'energy', 'hiring',
];

export const EMOJI = ['🎉', '🚀', '🙌', '📊', '🌱', '☕', '💡', '🧭'];

/** Non-ASCII phrases so readers are tested on accents, CJK and emoji. */
export const WORLD_PHRASES = [
  'Merci à toute l’équipe !',
  'Café chats in Seraby were the best part.',
  'ありがとうございました。',
  '谢谢大家的支持！',
  'Danke für die Einladung, es war großartig.',
  '¡Nos vemos en la próxima reunión!',
  'Naïve forecasts beat our fancy model — twice.',
];

export const LANGUAGES = [
  { name: 'English', proficiency: 'Native or bilingual proficiency', locale: 'en_US' },
  { name: 'French', proficiency: 'Professional working proficiency', locale: 'fr_FR' },
  { name: 'Japanese', proficiency: 'Elementary proficiency', locale: 'ja_JP' },
  { name: 'German', proficiency: 'Limited working proficiency', locale: 'de_DE' },
  { name: 'Spanish', proficiency: 'Full professional proficiency', locale: 'es_ES' },
] as const;

export const USER_AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'LinkedIn/9.30.1512 (iPhone; iOS 17.4; Scale/3.00)',
  'com.linkedin.android/185300 (Linux; U; Android 14; en_US; Pixel 8; Build/AP1A; Cronet/121.0)',
  'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
];
