// Runtime: any. Fields from the CSV parser are substrings of a whole decoded chunk; V8 keeps the
// chunk alive for as long as any such substring lives. Strings kept past the chunk (map keys,
// excerpts) are copied out first, or a few hundred names would pin hundreds of megabytes.

export function detach(text: string): string {
  // Concatenation then slice makes V8 flatten into a fresh string that owns only these characters.
  return (' ' + text).slice(1);
}
