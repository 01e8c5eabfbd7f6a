// Turns a map's problems into vfile messages, the unified ecosystem's form of diagnostics.

import {VFile} from 'vfile'
import type {Problem} from './problem.js'

/** A VFile of the map with one message per problem (errors fatal, warnings not), in the problems' order. */
export function problemsToVFile(path: string, text: string, problems: Problem[]): VFile {
  const file = new VFile({path, value: text})
  for (const problem of problems) {
    const message = file.message(problem.message, {
      place: problem.start && problem.end ? {start: problem.start, end: problem.end} : problem.start,
      ruleId: problem.rule,
      source: 'argmap'
    })
    message.fatal = problem.severity === 'error'
    if (problem.hint) message.note = problem.hint
    if (problem.file) message.file = problem.file
  }
  return file
}
