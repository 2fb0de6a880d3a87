// Evaluated in the loaded report page by check_page.py over DevTools (the page itself runs no
// script). Resolves to plain data; check_page.py decides what fails.
(async () => {
  await document.fonts.ready;
  const root = document.documentElement;
  const viewport = root.clientWidth;

  // A name a reader can find in the page source: the tag, its id or classes, the nearest id.
  const describe = (element) => {
    let name = element.tagName.toLowerCase();
    if (element.id) return `${name}#${element.id}`;
    if (element.classList.length) name += "." + [...element.classList].join(".");
    const anchor = element.parentElement && element.parentElement.closest("[id]");
    return anchor ? `${name} in #${anchor.id}` : name;
  };

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

  return {
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
