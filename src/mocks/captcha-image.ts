/** Draws a mock captcha as an SVG data URL: readable, slightly jittered, with a few noise lines. */
export function captchaImage(answer: string, seed: number): string {
  let state = seed || 1;
  // A tiny deterministic generator, so the same captcha always looks the same.
  const rand = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const letters = [...answer]
    .map((ch, i) => {
      const x = 18 + i * 26;
      const y = 36 + Math.round(rand() * 8 - 4);
      const rotate = Math.round(rand() * 30 - 15);
      return `<text x="${x}" y="${y}" transform="rotate(${rotate} ${x} ${y})">${ch}</text>`;
    })
    .join('');
  const lines = Array.from({ length: 4 }, () => {
    const [x1, y1, x2, y2] = [rand() * 160, rand() * 50, rand() * 160, rand() * 50].map(Math.round);
    return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`;
  }).join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="50" viewBox="0 0 160 50">` +
    `<rect width="160" height="50" fill="#f3efe6"/>` +
    `<g stroke="#8a7f6a" stroke-width="1.5">${lines}</g>` +
    `<g font-family="monospace" font-size="26" font-weight="700" fill="#2b2b2b">${letters}</g></svg>`;
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}
