/* Accessibility fixes for the book theme's markup (sphinx-book-theme 1.3 / pydata-sphinx-theme 0.17),
 * found by axe-core; see the README's "Known issues". Jupyter Book includes every .js in _static/.
 * - the table of contents' expand buttons (<summary>) hold only an icon: name them;
 * - the search button's aria-label "Meklēt" hides its visible text "Meklēt Ctrl+K": let the text name it;
 * - the colour-mode button is named "Color mode" in English while its icons carry other names;
 * - docutils' citation list (role="list") holds entries with role="doc-biblioentry", which ARIA 1.2
 *   deprecates and axe does not count as list items: make them list items.
 */
(function () {
  "use strict";
  function fix() {
    document.querySelectorAll('.citation-list[role="list"] > [role="doc-biblioentry"]').forEach(function (entry) {
      entry.setAttribute("role", "listitem");
    });
    document.querySelectorAll("nav details > summary").forEach(function (summary) {
      if (summary.textContent.trim() || summary.hasAttribute("aria-label")) return;
      var item = summary.parentElement && summary.parentElement.parentElement;
      var link = item && item.querySelector(":scope > a");
      summary.setAttribute("aria-label", "Rādīt vai paslēpt apakšsadaļas" + (link ? ": " + link.textContent.trim() : ""));
    });
    document.querySelectorAll(".search-button-field[aria-label]").forEach(function (button) {
      button.removeAttribute("aria-label");
    });
    document.querySelectorAll(".theme-switch-button").forEach(function (button) {
      button.setAttribute("aria-label", "Krāsu režīms");
      button.setAttribute("data-bs-title", "Krāsu režīms");
      button.querySelectorAll("i").forEach(function (icon) {
        icon.removeAttribute("title");
        icon.setAttribute("aria-hidden", "true");
      });
    });
  }
  function nameEmptyHeaders() {
    // a Markdown table whose first column has no heading: give that heading a name screen readers
    // read (hidden on screen), so every data cell has a header (axe: td-has-header)
    document.querySelectorAll("article table thead th").forEach(function (th) {
      if (!th.textContent.trim() && !th.querySelector(".cb-sr-only")) {
        var span = document.createElement("span");
        span.className = "cb-sr-only";
        span.textContent = "Rinda";
        span.style.cssText = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap";
        th.appendChild(span);
      }
    });
  }
  document.addEventListener("DOMContentLoaded", nameEmptyHeaders);
  if (document.readyState !== "loading") nameEmptyHeaders();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fix);
  else fix();
  window.addEventListener("load", fix);
})();
