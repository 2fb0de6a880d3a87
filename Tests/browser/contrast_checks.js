// Evaluated in the loaded report page by check_page.py over DevTools, in each colour scheme:
// the WCAG 2 AA contrast of every piece of visible text against the background it is drawn on.
// Resolves to plain data; check_page.py decides what fails.
//
// The background is found by walking up from the text's element, compositing each translucent
// background colour over the next, down to the first opaque one (the page's own background in
// the end). Text over a background image cannot be measured this way and is listed as unknown.
(() => {
  // "rgb(34, 34, 34)", "rgba(0, 0, 0, 0.5)", "color(srgb 0.1 0.2 0.3 / 0.5)" → [r, g, b, alpha].
  const parse = (text) => {
    let match = text.match(/^rgba?\(([^)]*)\)$/);
    if (match) {
      const parts = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
    }
    match = text.match(/^color\(srgb ([^)]*)\)$/);
    if (match) {
      const parts = match[1].split(/[\s/]+/).filter(Boolean).map(Number);
      return [parts[0] * 255, parts[1] * 255, parts[2] * 255, parts.length > 3 ? parts[3] : 1];
    }
    return null;
  };
  // `top` with alpha drawn over the opaque `bottom`.
  const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
  const luminance = (rgb) => {
    const linear = rgb.slice(0, 3).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const hex = (rgb) => "#" + rgb.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");

  // The opaque colour behind `element`, or null when an image or gradient is behind it.
  const background = (element) => {
    const layers = [];
    for (let node = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.backgroundImage !== "none") return null;
      const colour = parse(style.backgroundColor);
      if (colour && colour[3] > 0) {
        layers.push(colour);
        if (colour[3] >= 1) break;
      }
    }
    // Nothing opaque: the canvas, which is white unless the page's own colours say otherwise.
    let result = [255, 255, 255, 1];
    if (!layers.length || layers[layers.length - 1][3] < 1) {
      const canvas = parse(getComputedStyle(document.documentElement).backgroundColor);
      if (canvas && canvas[3] >= 1) result = canvas;
    }
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };

  // From describe_element.js, which check_page.py runs first.
  const describe = globalThis.actplotDescribe;

  const checked = new Map();
  const failures = [];
  const unknown = [];
  let texts = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!text.textContent.trim()) continue;
    const element = text.parentElement;
    if (!element || checked.has(element)) continue;
    checked.set(element, true);
    const style = getComputedStyle(element);
    const range = document.createRange();
    range.selectNodeContents(text);
    const box = range.getBoundingClientRect();
    if (style.visibility !== "visible" || box.width === 0 || box.height === 0) continue;
    texts += 1;
    const foreground = parse(style.color);
    const behind = background(element);
    if (!foreground || !behind) {
      unknown.push(describe(element));
      continue;
    }
    const shown = foreground[3] < 1 ? over(foreground, behind) : foreground;
    const size = parseFloat(style.fontSize);
    const bold = parseInt(style.fontWeight, 10) >= 700;
    // WCAG's large text: 18 pt, or 14 pt bold (24 and 18.66 CSS px).
    const large = size >= 24 || (bold && size >= 18.66);
    const needed = large ? 3 : 4.5;
    const measured = ratio(shown, behind);
    if (measured < needed) {
      failures.push({
        element: describe(element),
        text: text.textContent.trim().slice(0, 40),
        ratio: Math.round(measured * 100) / 100,
        needed,
        color: hex(shown),
        background: hex(behind),
      });
    }
  }
  return { texts, failures, unknown };
})()
