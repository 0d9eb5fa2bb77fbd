export interface Greeting { text: string; length: number }
export function greet(name: string): Greeting {
  const text = `hello, ${name}`;
  return { text, length: text.length };
}
