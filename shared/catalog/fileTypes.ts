// Runtime: any. File types a member's export folder may hold beside LinkedIn's files: their
// extensions are named in reports; any other extension could be part of a name the member chose
// (`notes.ada-quill`), so it is not.

const COMMON_EXTENSIONS = new Set([
  'csv', 'html', 'htm', 'txt', 'json', 'xml', 'md', 'pdf', 'zip', 'rar', '7z', 'gz', 'tar',
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'heic', 'svg', 'mp4', 'mov', 'mp3', 'm4a', 'wav',
  'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'rtf', 'vcf', 'ics', 'eml', 'log', 'db', 'ini',
]);

/** The file's extension when it is a common one (lower case, no dot), else null. */
export function commonExtension(extension: string): string | null {
  const lower = extension.toLowerCase();
  return COMMON_EXTENSIONS.has(lower) ? lower : null;
}
