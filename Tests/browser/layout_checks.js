// Evaluated in the loaded report page by check_page.py over DevTools (the page itself runs no
// script). Resolves to plain data; check_page.py decides what fails.
(async () => {
  await document.fonts.ready;
  const root = document.documentElement;
  const viewport = root.clientWidth;

  // From describe_element.js, which check_page.py runs first.
  const describe = globalThis.actplotDescribe;

  const images = [...document.images];
  const brokenImages = images
    .filter((image) => !image.complete || image.naturalWidth === 0)
    .map((image) => image.getAttribute("src"));

  // A figure drawn with no marks at all is one flat colour: loaded, yet showing nothing.
  // (Chromium runs with --allow-file-access-from-files, so reading file:// pixels is allowed.)
  const blank = (image) => {
    const canvas = document.createElement("canvas");
    canvas.width = Math.min(image.naturalWidth, 600);
    canvas.height = Math.max(1, Math.round((image.naturalHeight * canvas.width) / image.naturalWidth));
    const context = canvas.getContext("2d", { willReadFrequently: true });
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const pixels = new Uint32Array(context.getImageData(0, 0, canvas.width, canvas.height).data.buffer);
    return pixels.every((pixel) => pixel === pixels[0]);
  };
  const blankImages = images
    .filter((image) => image.complete && image.naturalWidth > 0 && blank(image))
    .map((image) => image.getAttribute("src"));

  const formulas = [...document.getElementsByTagName("math")];
  const flatFormulas = formulas
    .filter((math) => {
      const box = math.getBoundingClientRect();
      return !(box.width > 0 && box.height > 0);
    })
    .map(describe);
  // Without MathML layout a formula is a run of inline text that still has a size, so the size
  // check alone would pass a browser that shows raw identifiers.
  const mathML = typeof MathMLElement !== "undefined" && formulas.every((math) => math instanceof MathMLElement);

  // Something inside a box that scrolls or clips sideways (a wide table in its .table-scroll)
  // does not widen the page; only the box itself could.
  const contained = (node) => {
    for (let box = node.parentElement; box && box !== document.body; box = box.parentElement) {
      if (getComputedStyle(box).overflowX !== "visible") return true;
    }
    return false;
  };
  const tooWide = (box) => box.width > 0 && box.right > viewport + 0.5;
  const overflowing = new Set();
  for (const element of document.body.querySelectorAll("*")) {
    if (tooWide(element.getBoundingClientRect()) && !contained(element)) overflowing.add(element);
  }
  // Name the outermost element that sticks out: its children stick out because it does.
  const offenders = [...overflowing]
    .filter((element) => !overflowing.has(element.parentElement))
    .map((element) => `${describe(element)} reaches ${Math.round(element.getBoundingClientRect().right)} px`);
  // A long unbreakable word overflows while its paragraph's box still fits.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(text);
    const box = range.getBoundingClientRect();
    if (tooWide(box) && !contained(text) && !overflowing.has(text.parentElement)) {
      offenders.push(`text "${text.textContent.trim().slice(0, 40)}" in ${describe(text.parentElement)} reaches ${Math.round(box.right)} px`);
    }
  }

  // A table's name for a message: its caption, else its classes.
  const tableName = (table) => {
    const caption = table && table.caption ? table.caption.textContent.trim().replace(/\s+/g, " ").slice(0, 40) : "";
    return caption ? `table "${caption}"` : table ? describe(table) : "no table";
  };

  // A header cell cut off: its text wider than its box, or the cell past the right edge of the
  // .table-scroll box around its table, hidden until the reader scrolls sideways.
  const clippedHeaders = () => {
    const clipped = [];
    for (const th of document.querySelectorAll("th")) {
      const box = th.getBoundingClientRect();
      if (box.width === 0) continue;
      const scroller = th.closest(".table-scroll");
      const beyond = scroller && box.right > scroller.getBoundingClientRect().right + 0.5;
      if (th.scrollWidth > th.clientWidth + 1 || beyond) {
        clipped.push(`"${th.textContent.trim().slice(0, 30)}" in ${tableName(th.closest("table"))}`);
      }
    }
    return clipped;
  };

  // Each .table-scroll box whose table is wider than it: part of the table needs a sideways scroll.
  const scrollingTables = () =>
    [...document.querySelectorAll(".table-scroll")]
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => `${tableName(box.querySelector("table"))} (${box.scrollWidth} px in ${box.clientWidth} px)`);

  // Primes as a math font sets them: a small mark high beside its letter, neither a full-height
  // glyph nor a tick floating at the top edge of the line (a prime set as a superscript). Measured
  // against the brackets of the "(x)" that follows each f′ or σ′, which span the line from
  // ascender to descender: the prime is under half their height, starts no higher than they
  // do, and ends between a quarter and six tenths of the way down.
  const primes = () => {
    let measured = 0;
    const wrong = [];
    for (const mo of document.querySelectorAll("math mo")) {
      if (mo.textContent.trim() !== "\u2032") continue;
      // The prime's own element or, for a prime set as a superscript, the script around it.
      let host = mo;
      while (!host.nextElementSibling && host.parentElement && host.parentElement.localName !== "math") host = host.parentElement;
      const next = host.nextElementSibling;
      if (!next || !next.textContent.trim().startsWith("(")) continue;
      const prime = mo.getBoundingClientRect(), line = next.getBoundingClientRect();
      if (prime.height === 0 || line.height === 0) continue;
      measured += 1;
      const where = `${describe(mo.closest("math"))} ("${mo.closest("math").textContent.trim().slice(0, 12)}…")`;
      if (prime.height >= line.height / 2) {
        wrong.push(`${where}: the prime is ${prime.height.toFixed(1)} px tall in a line of ${line.height.toFixed(1)} px`);
      } else if (prime.top < line.top - 0.1 * line.height || prime.bottom < line.top + 0.25 * line.height
        || prime.bottom > line.top + 0.6 * line.height) {
        wrong.push(`${where}: the prime spans ${(prime.top - line.top).toFixed(1)} to ${(prime.bottom - line.top).toFixed(1)} px `
          + `from the top of a line of ${line.height.toFixed(1)} px, not its top half`);
      }
    }
    return { measured, wrong };
  };

  return {
    clippedHeaders: clippedHeaders(),
    scrollingTables: scrollingTables(),
    primes: primes(),
    // The status of the page's math font ("loaded", "error", …), or null where it has none.
    mathFont: [...document.fonts].filter((face) => face.family.replace(/"/g, "") === "Latin Modern Math").map((face) => face.status)[0] ?? null,
    viewport,
    scrollWidth: root.scrollWidth,
    images: images.length,
    brokenImages,
    blankImages,
    formulas: formulas.length,
    flatFormulas,
    mathML,
    offenders,
  };
})()
