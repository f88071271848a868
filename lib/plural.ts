/** A count with its noun: "1 quote", "2 quotes" (English; the messages of each language will carry their own forms). */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
