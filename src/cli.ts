// The `argmap` command line: commander wiring only; each command lives in src/commands.

import {Argument, Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {formatNames, formatsHelp} from './export/formats.js'
import {isInputError} from './util/errors.js'
import {sanitizeLine} from './util/sanitize.js'
import {packageVersion} from './installation.js'

const program = new Command()
  .name('argmap')
  .description('Map the arguments of essays: who claims what, and who agrees or disagrees with whom.')
  .version(packageVersion())
  .showHelpAfterError('(run argmap --help for usage)')
  .exitOverride()
  .addHelpText(
    'after',
    `
Examples:
  argmap show seeds/002_8b5a276f637f064e.txt       an essay's claims, IDs and speakers
  argmap check maps/social-media.yaml              every problem of a map, with hints
  argmap show maps/social-media.yaml               the agreement and disagreement trees
  argmap export maps/social-media.yaml -o out.md   Markdown for a report or a wiki

Exit codes: 0 success, 1 invalid input, 2 usage error. NO_COLOR turns colour off.`
  )

/** `--width`: a whole number of columns from 20 to 1000. */
const width = (value: string) => {
  const columns = Number(value)
  if (!Number.isInteger(columns) || columns < 20 || columns > 1000)
    throw new InvalidArgumentError(`--width takes a whole number of columns from 20 to 1000, not “${value}”`)
  return columns
}

/** `--timeout`, `--max-size`: a number above zero. */
const positiveNumber = (value: string) => {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0)
    throw new InvalidArgumentError(`takes a number above zero, not “${value}”`)
  return number
}

/** An action that loads its command's module only when it runs, and sets the exit code. */
function lazily<Args extends unknown[]>(load: () => Promise<(...args: Args) => Promise<number>>) {
  return async (...args: Args) => {
    process.exitCode = await (await load())(...args)
  }
}

const allowOutside = new Option('--allow-outside', 'let the map read essays outside its project')
const noCache = new Option(
  '--no-cache',
  'parse every essay afresh instead of reading unchanged ones from the cache'
)

program
  .command('show')
  .description('show an essay’s claims, or a map’s debate trees')
  .argument('<file>', 'an essay (.txt, .md) or a claim map (.yaml)')
  .option('--print', 'print plain text even in a terminal')
  .option('--json', 'print the parsed essay, or the map’s trees, as JSON')
  .option('--show-dropped', 'also list the text that is not a claim, and why')
  .option('--width <columns>', 'wrap printed output to this width', width)
  .option('--no-labels', 'hide the stands / falls / open labels of a map’s claims')
  .option('--watch', 'redraw a map whenever it or one of its essays changes')
  .addOption(allowOutside)
  .addOption(noCache)
  .action(lazily(async () => (await import('./commands/show.js')).showCommand))

program
  .command('check')
  .description('check a map and every essay it names; report every problem at once')
  .argument('<map>', 'a claim map (.yaml)')
  .option('--json', 'print the diagnostics as JSON')
  .option('--fix', 're-point links whose claims moved, and record the texts of linked claims')
  .addOption(allowOutside)
  .addOption(noCache)
  .action(lazily(async () => (await import('./commands/check.js')).checkCommand))

program
  .command('export')
  .description('export a map’s debate trees to Markdown, a web page, or a format other tools read')
  .argument('<map>', 'a claim map (.yaml)')
  .addOption(
    new Option('--to <format>', 'the format (default: the -o file’s extension, else md)').choices(formatNames)
  )
  .option(
    '-o, --output <file>',
    'write to a file (atomically) instead of standard output; - is standard output'
  )
  .option('--force', 'replace the output file if it exists')
  .addOption(
    new Option(
      '--group <by>',
      'essay: a section per essay, with the debates whose thesis it states (md, html)'
    ).choices(['essay'])
  )
  .addOption(allowOutside)
  .addOption(noCache)
  .addHelpText('after', `\nFormats (--to, and the -o extensions that choose them):\n${formatsHelp()}`)
  .action(lazily(async () => (await import('./commands/export.js')).exportCommand))

program
  .command('init')
  .description('create a map for some essays, with their claim IDs listed as comments')
  .argument('<map>', 'the new map file (.yaml); never overwritten')
  .argument('<essays...>', 'the essays to debate')
  .addOption(noCache)
  .action(lazily(async () => (await import('./commands/init.js')).initCommand))

program
  .command('fetch')
  .description('save a web page as an essay file that records its address and retrieval time')
  .argument('<url>', 'the page’s address (http or https)')
  .option(
    '-o, --output <file>',
    'where to save it (.html, or .txt for plain text); by default named after the address'
  )
  .option('--force', 'replace the file if it exists')
  .option('--timeout <seconds>', 'give up after this long', positiveNumber, 20)
  .option('--max-size <MB>', 'refuse pages larger than this', positiveNumber, 25)
  .action(lazily(async () => (await import('./commands/fetch.js')).fetchCommand))

program
  .command('link')
  .description('add a link: <from> supports|rebuts <to>')
  .argument('<map>', 'a claim map (.yaml)')
  .argument('<from>', 'a claim ID, a unique ID prefix, or a fragment of the claim’s text')
  .addArgument(new Argument('<relation>', 'supports or rebuts').choices(['supports', 'rebuts']))
  .argument('<to>', 'a claim ID, a unique ID prefix, or a fragment of the claim’s text')
  .option('--note <text>', 'why the link holds, in one line')
  .addOption(allowOutside)
  .addOption(noCache)
  .action(lazily(async () => (await import('./commands/edit.js')).linkCommand))

program
  .command('unlink')
  .description('remove the link from <from> to <to>')
  .argument('<map>', 'a claim map (.yaml)')
  .argument('<from>', 'the answering claim: ID, unique ID prefix, or text fragment')
  .argument('<to>', 'the answered claim: ID, unique ID prefix, or text fragment')
  .addOption(allowOutside)
  .addOption(noCache)
  .action(lazily(async () => (await import('./commands/edit.js')).unlinkCommand))

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    process.exitCode = 0
    await program.parseAsync(argv)
    return Number(process.exitCode ?? 0)
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    if (isInputError(error)) {
      process.stderr.write(`argmap: ${sanitizeLine(error.line)}\n`)
      if (error.hint)
        process.stderr.write(`  hint: ${error.hint.split('\n').map(sanitizeLine).join('\n        ')}\n`)
      return error.exitCode
    }
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(
      `argmap: unexpected error: ${sanitizeLine(message)}\n  hint: this is a bug in argmap; please report it with the command you ran\n`
    )
    return 1
  }
}
