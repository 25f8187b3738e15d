/** Text made safe to write into HTML, XML or SVG, in content and in double-quoted attributes. */
export const escapeMarkup = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
