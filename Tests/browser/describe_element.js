// Prepended by check_page.py to layout_checks.js and contrast_checks.js, which both name the
// elements they report. An assignment rather than a declaration: both scripts run in the same
// page, and a second `const` of one name would throw.
//
// A name a reader can find in the page source: the tag, its id or classes, the nearest id.
globalThis.actplotDescribe = (element) => {
  let name = element.tagName.toLowerCase();
  if (element.id) return `${name}#${element.id}`;
  if (element.classList.length) name += "." + [...element.classList].join(".");
  const anchor = element.parentElement && element.parentElement.closest("[id]");
  return anchor ? `${name} in #${anchor.id}` : name;
};
