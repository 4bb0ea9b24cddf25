/* Accessibility for the exercise apps (inlined into the "craftbook" Voilà template by widgets/serve.py).
 *
 * ipywidgets gives an input no way to name it by another widget or to describe it, and its ids are
 * made in the browser. So this script ties the worksheet's markup together after every change:
 * - each field's input is named by its visible label (.cb-label, aria-labelledby) and described by
 *   its help text and its error message (aria-describedby); aria-invalid follows the error;
 * - a checklist is a group named by its label; a table is a group, each cell named
 *   "<column>, <n>. rinda", each ✕ button "Dzēst <n>. rindu";
 * - the error messages, the result summary (.cb-announce) and the downloads are polite live regions;
 * - the page content is the main landmark.
 */
(function () {
  "use strict";
  var counter = 0;
  function idOf(el, prefix) {
    if (!el.id) el.id = prefix + "-" + (++counter);
    return el.id;
  }
  function setAttr(el, name, value) {
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  var FIELD_INPUTS = "input:not([type=checkbox]):not([type=file]):not([type=hidden]), textarea, select";

  function live(el) {
    setAttr(el, "aria-live", "polite");
  }

  function fixGrid(grid, labelId, described) {
    setAttr(grid, "role", "group");
    if (labelId) setAttr(grid, "aria-labelledby", labelId);
    var kids = Array.prototype.slice.call(grid.children);
    var heads = kids.filter(function (k) { return k.classList.contains("cb-col-head"); });
    var cols = heads.length;
    if (!cols) return;
    var width = cols + (grid.classList.contains("cb-rows-removable") ? 1 : 0);
    for (var i = width; i < kids.length; i++) {
      var row = Math.floor(i / width);
      var col = i % width;
      var el = kids[i];
      if (col < cols) {
        var name = heads[col].textContent.trim() + ", " + row + ". rinda";
        el.querySelectorAll("input, select, textarea").forEach(function (input) {
          setAttr(input, "aria-label", name);
          if (described.length) setAttr(input, "aria-describedby", described.join(" "));
        });
      } else {
        var button = el.tagName === "BUTTON" ? el : el.querySelector("button");
        if (button) setAttr(button, "aria-label", "Dzēst " + row + ". rindu");
      }
    }
  }

  function fixField(field) {
    var label = field.querySelector(":scope > .cb-label-box .cb-label");
    var help = field.querySelector(":scope > .cb-label-box .cb-help");
    var error = field.querySelector(":scope > .cb-error-box");
    var labelId = label ? idOf(label, "cb-label") : null;
    var described = [];
    if (help) described.push(idOf(help, "cb-help"));
    var invalid = false;
    if (error) {
      live(error);
      var message = error.querySelector(".widget-html-content") || error;
      described.push(idOf(message, "cb-error"));
      invalid = message.textContent.trim() !== "";
    }
    var grid = field.querySelector(".cb-table-grid");
    if (grid) fixGrid(grid, labelId, described);
    var boxes = field.querySelectorAll("input[type=checkbox]");
    if (boxes.length) {
      var group = boxes[0].closest(".widget-vbox");
      if (group && group !== field) {
        setAttr(group, "role", "group");
        if (labelId) setAttr(group, "aria-labelledby", labelId);
        if (described.length) setAttr(group, "aria-describedby", described.join(" "));
      }
    }
    field.querySelectorAll(FIELD_INPUTS).forEach(function (input) {
      if (grid && grid.contains(input)) return;
      if (labelId) setAttr(input, "aria-labelledby", labelId);
      if (described.length) setAttr(input, "aria-describedby", described.join(" "));
      setAttr(input, "aria-invalid", invalid ? "true" : "false");
    });
  }

  function fix() {
    scheduled = false;
    var cells = document.getElementById("rendered_cells");
    if (cells) setAttr(cells, "role", "main");
    document.querySelectorAll(".cb-field").forEach(fixField);
    document.querySelectorAll(".cb-announce").forEach(function (el) {
      setAttr(el, "role", "status");
      live(el);
    });
    document.querySelectorAll(".cb-downloads, .cb-upload-message, .cb-status").forEach(live);
  }

  var scheduled = false;
  function schedule() {
    if (!scheduled) {
      scheduled = true;
      setTimeout(fix, 0);
    }
  }
  function start() {
    new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true, characterData: true });
    schedule();
  }
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
