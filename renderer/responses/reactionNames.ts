// The export writes reactions as LinkedIn's internal names; members know them by the buttons.

const BUTTON_NAMES: Readonly<Record<string, string>> = {
  LIKE: 'Like',
  PRAISE: 'Celebrate',
  APPRECIATION: 'Support',
  EMPATHY: 'Love',
  INTEREST: 'Insightful',
  ENTERTAINMENT: 'Funny',
  MAYBE: 'Curious',
};

export function reactionName(type: string): string {
  const known = BUTTON_NAMES[type.trim().toUpperCase()];
  if (known) return known;
  const lower = type.trim().toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
