// Long inputs for the bench and the stress scripts: whole tasks concatenated, gold too.
import type {AlignTask} from '../../src/align/score.js'
import type {BeadList} from '../../src/types.js'

/** One big task of about `size` units per side, made of whole dev tasks (gold concatenated too), in rounds. */
export function bigTask(lines: readonly string[], size: number): AlignTask {
  const ko: string[] = []
  const en: string[] = []
  const gold: BeadList = []
  while (ko.length < size)
    for (const line of lines) {
      if (ko.length >= size) break
      const t = JSON.parse(line) as AlignTask
      const dk = ko.length
      const de = en.length
      ko.push(...t.ko)
      en.push(...t.en)
      for (const [k, e] of t.gold) gold.push([k.map((i) => i + dk), e.map((j) => j + de)])
    }
  return {id: `concat-${size}`, ko, en, gold}
}
