/* The front page's link to the whole book as one PDF (tools/book_pdf.py, `make book-pdf`) shows only
 * when that file is there: the server (or static host) is asked for it; read from disk, it shows. */
(function () {
  "use strict";
  function check() {
    document.querySelectorAll(".cb-book-pdf[hidden]").forEach(function (note) {
      var link = note.querySelector("a");
      if (!link) return;
      if (location.protocol === "file:") {
        note.hidden = false;
        return;
      }
      fetch(link.href, { method: "HEAD" }).then(function (response) {
        if (response.ok) note.hidden = false;
      }).catch(function () {});
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", check);
  else check();
})();
