// Loads the seed essays for tests.

import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parseEssay} from '../../src/essay/parse-essay.js'

export const root = fileURLToPath(new URL('../..', import.meta.url))

export const seedFiles = {
  borjesson: 'seeds/000_72f9c9affa5958ed.txt',
  benckenstein: 'seeds/001_d86fc2dd343f6138.txt',
  dimaio: 'seeds/002_8b5a276f637f064e.txt',
  deragon: 'seeds/003_d3c959c4b23a4e9b.txt',
  organizing: 'seeds/004_05e42094a4f5aeff.txt'
} as const

export function seedText(name: keyof typeof seedFiles): string {
  return readFileSync(root + seedFiles[name], 'utf8')
}

export function seed(name: keyof typeof seedFiles) {
  return parseEssay(seedText(name), {file: seedFiles[name]})
}
