// Colours for speakers: each speaker keeps one colour; green and red stay for support and rebuttal.

const speakerColors = [
  'cyan',
  'magenta',
  'yellow',
  'blue',
  'cyanBright',
  'magentaBright',
  'yellowBright',
  'blueBright',
  'white'
]

/** A colour per speaker, in order of first appearance. */
export function speakerPalette(speakers: Iterable<string>): (speaker: string) => string {
  const colors = new Map<string, string>()
  for (const speaker of speakers)
    if (!colors.has(speaker)) colors.set(speaker, speakerColors[colors.size % speakerColors.length]!)
  return speaker => colors.get(speaker) ?? 'white'
}

/** Light fills for speakers in drawings (Mermaid, Graphviz), in the same order. */
export const speakerFills = [
  '#d0f0f8',
  '#f8d8f0',
  '#f8f0c8',
  '#d8e0f8',
  '#e0f8e0',
  '#f0e0d0',
  '#e8e8e8',
  '#f8d8d8',
  '#d8f8f0'
]
