// Colours for speakers: each speaker keeps one colour; green and red stay for support and rebuttal.

const speakerColors = ['cyan', 'magenta', 'yellow', 'blue', 'cyanBright', 'magentaBright', 'yellowBright', 'blueBright', 'white']

/** A colour per speaker, in order of first appearance. */
export function speakerPalette(speakers: Iterable<string>): (speaker: string) => string {
  const colors = new Map<string, string>()
  for (const speaker of speakers) if (!colors.has(speaker)) colors.set(speaker, speakerColors[colors.size % speakerColors.length]!)
  return (speaker) => colors.get(speaker) ?? 'white'
}
