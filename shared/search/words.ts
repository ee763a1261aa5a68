/** Text as searches compare it: lowercased the Indonesian way, spaces folded. */
export function foldText(text: string): string {
  return text.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();
}

/** Whether every word of the query occurs in the (already folded) text. */
export function matchesWords(foldedText: string, query: string): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => foldedText.includes(w));
}
