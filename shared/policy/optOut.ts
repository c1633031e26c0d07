// Runtime: any (pure data). How to switch the training off and where to object: names, steps and
// addresses as ../shared/docs/ai-training-policy.md gives them. What they do is in statements.ts.

export const OPT_OUT = {
  settingName: 'Data for Generative AI Improvement',
  toggleLabel: 'Use my data for training content creation AI models',
  settingsUrl: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
  desktopSteps: ['Me', 'Settings & Privacy', 'Data privacy', 'Data for Generative AI Improvement', 'Turn off "Use my data for training content creation AI models"'],
  mobileSteps: ['Your profile photo', 'Settings', 'Data privacy', 'Data for Generative AI Improvement', 'Turn it off'],
  objectionFormUrl: 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
  objectionFormName: 'Data Processing Objection form',
} as const;
