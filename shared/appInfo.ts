// Runtime: any. The app's name and version, printed on reports (kept equal to package.json by a test).

export const APP_NAME = 'linkedin-ai-exposure';
export const APP_VERSION = '0.1.0';
