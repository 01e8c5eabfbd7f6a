// `argmap init <map> <essay>...`: a new map with its essays keyed and their claims listed as comments.

import {counted} from '../util/counted.js'
import {access, realpath} from 'node:fs/promises'
import {dirname, relative, resolve} from 'node:path'
import {installedFile} from '../installation.js'
import {readEssay} from '../essay/read-essay.js'
import {newMapText, uniqueKeys} from '../map/new-map.js'
import {isInside, projectRoot} from '../map/project-root.js'
import {writeText} from '../util/write-text.js'
import {InputError, UsageError} from '../util/errors.js'
import {kindOf} from '../util/file-kinds.js'

export async function initCommand(
  file: string,
  essayFiles: string[],
  {cache}: {cache?: boolean} = {}
): Promise<number> {
  if (kindOf(file) !== 'map')
    throw new InputError('a map file ends in .yaml or .yml', `try ${file}.yaml`, file)
  try {
    await access(file)
    throw new InputError(
      'already exists; nothing was written',
      'choose another name, or edit it with argmap link',
      file
    )
  } catch (thrown) {
    if (thrown instanceof InputError) throw thrown
  }
  const folder = dirname(resolve(file))
  await refuseRepeats(essayFiles)
  const parsed = await Promise.all(
    essayFiles.map(async essayFile => (await readEssay(essayFile, {cache})).essay)
  )
  const keys = uniqueKeys(parsed.map(essay => essay.key))
  // Parse again with the keys the map gives, so the listed IDs are the ones to type.
  const essays = await Promise.all(
    essayFiles.map(async (essayFile, index) => ({
      path: relative(folder, resolve(essayFile)).split('\\').join('/'),
      essay: (await readEssay(essayFile, {key: keys[index], cache})).essay
    }))
  )
  await writeText(
    file,
    newMapText(essays, relative(folder, installedFile('schema/argmap.schema.json')).split('\\').join('/'))
  )
  process.stderr.write(
    `wrote ${file}: ${counted(essays.length, 'essay')}, ${counted(
      essays.reduce((total, each) => total + each.essay.claims.length, 0),
      'claim'
    )} listed; add links with argmap link\n`
  )
  const outside = await outsideProject(folder, essayFiles)
  if (outside.length > 0) {
    const root = relative(process.cwd(), projectRoot(folder)) || '.'
    process.stderr.write(
      `warning: ${outside.join(', ')} ${outside.length === 1 ? 'lies' : 'lie'} outside the map’s project (${root}), so check, show and link will refuse ${outside.length === 1 ? 'it' : 'them'}\n` +
        '  hint: put the map and its essays in one project: a folder with .git or package.json, or the folder holding the map’s maps/ folder; or pass --allow-outside when you use the map\n'
    )
  }
  return 0
}

/** The same essay named twice would be two keys for one text: refused, naming both. */
async function refuseRepeats(essayFiles: string[]): Promise<void> {
  const seen = new Map<string, string>()
  for (const essayFile of essayFiles) {
    const real = await realpath(essayFile).catch(() => resolve(essayFile))
    const first = seen.get(real)
    if (first !== undefined)
      throw new UsageError(
        first === essayFile
          ? `${essayFile} is named twice; nothing was written`
          : `${first} and ${essayFile} are the same essay; nothing was written`,
        'name each essay once'
      )
    seen.set(real, essayFile)
  }
}

/** The essays that a map in `folder` could not read without --allow-outside. */
async function outsideProject(folder: string, essayFiles: string[]): Promise<string[]> {
  const root = await realpath(projectRoot(folder))
  const outside = await Promise.all(
    essayFiles.map(async essayFile => (isInside(await realpath(essayFile), root) ? [] : [essayFile]))
  )
  return outside.flat()
}
