// `argmap init <map> <essay>...`: a new map with its essays keyed and their claims listed as comments.

import {access} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {readEssay} from '../essay/read-essay.js'
import {newMapText, uniqueKeys} from '../map/new-map.js'
import {writeText} from '../util/write-text.js'
import {InputError} from '../util/errors.js'

/** The schema shipped with argmap: found above this module, whether it runs bundled or not. */
function schemaFile(): string {
  for (
    let folder = dirname(fileURLToPath(import.meta.url));
    dirname(folder) !== folder;
    folder = dirname(folder)
  ) {
    const candidate = join(folder, 'schema', 'argmap.schema.json')
    if (existsSync(candidate)) return candidate
  }
  throw new Error('argmap’s schema/argmap.schema.json is missing from its installation')
}

export async function initCommand(
  file: string,
  essayFiles: string[],
  {cache}: {cache?: boolean} = {}
): Promise<number> {
  if (!/\.ya?ml$/iu.test(file))
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
  await writeText(file, newMapText(essays, relative(folder, schemaFile()).split('\\').join('/')))
  process.stderr.write(
    `wrote ${file}: ${essays.length} essays, ${essays.reduce((total, each) => total + each.essay.claims.length, 0)} claims listed; add links with argmap link\n`
  )
  return 0
}
