/**
 * A growable list of 32-bit integers in a typed array. The aligner builds lists of hundreds of
 * thousands of token ids; as number arrays their outgrown copies are large objects that only a
 * full garbage collection frees, and each element takes 8 bytes instead of 4.
 *
 * @example
 * const list = new IntList()
 * list.push(3)
 * list.toArray() //=> Int32Array [3]
 */
export class IntList {
  #array = new Int32Array(256)
  #length = 0

  /** Number of integers in the list. */
  get length(): number {
    return this.#length
  }

  /** Append `value`. */
  push(value: number): void {
    if (this.#length === this.#array.length) {
      const grown = new Int32Array(this.#array.length * 2)
      grown.set(this.#array)
      this.#array = grown
    }
    this.#array[this.#length++] = value
  }

  /** The integer at `index` (below `length`). */
  at(index: number): number {
    return this.#array[index]
  }

  /** Replace the integer at `index` (below `length`). */
  set(index: number, value: number): void {
    this.#array[index] = value
  }

  /** The integers (each 0–255), as bytes of their own. */
  toBytes(): Uint8Array {
    const out = new Uint8Array(this.#length)
    for (let i = 0; i < this.#length; i++) out[i] = this.#array[i]
    return out
  }

  /** The integers, as an array of their own. */
  toArray(): Int32Array {
    return this.#array.slice(0, this.#length)
  }
}
