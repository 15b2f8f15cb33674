// PlainPolicy's few behaviours in the reader's browser: the comparison table
// (sort by any column, filter, one question at a time on a phone), opening the
// full text when a link points into it, and one-click copying of permalinks.
// Material for MkDocs swaps pages without reloading (instant navigation), so
// everything hangs off its document$ observable rather than DOMContentLoaded.
(function () {
  "use strict";

  var PHONE = window.matchMedia("(max-width: 44.984375em)");

  // Sorting is done here rather than with a table library: every sort falls
  // back on the organisation's name, ascending, so rows with the same grade or
  // answer stay in A-Z order whichever way the column is sorted.
  function sortTable(table, column, direction) {
    var body = table.tBodies[0];
    var numeric = table.tHead.rows[0].cells[column].dataset.sortType === "number";
    var rows = Array.prototype.slice.call(body.rows);
    function key(row, index) { return row.cells[index].dataset.sort || row.cells[index].textContent.trim(); }
    rows.sort(function (a, b) {
      var x = key(a, column), y = key(b, column);
      var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
      if (order !== 0) return direction * order;
      return key(a, 0).localeCompare(key(b, 0));
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      if (index === column) th.setAttribute("aria-sort", direction > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
  }

  function setUpSorting(table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = th.querySelector("button.pp-sort");
      if (!button) return;
      button.addEventListener("click", function () {
        sortTable(table, index, th.getAttribute("aria-sort") === "ascending" ? -1 : 1);
      });
    });
  }

  // On a phone the table shows one question at a time (organisation, grade and
  // the chosen answer), so it fits the screen; "Every question" shows it all.
  function showQuestion(table, key) {
    table.classList.toggle("pp-one-question", Boolean(key));
    table.querySelectorAll("[data-q]").forEach(function (cell) {
      cell.classList.toggle("pp-q-off", Boolean(key) && cell.dataset.q !== key);
    });
  }

  function setUpMatrix() {
    var table = document.getElementById("pp-matrix");
    if (!table || table.dataset.ppReady) return;
    table.dataset.ppReady = "1";
    setUpSorting(table);
    var nameInput = document.getElementById("pp-filter-name");
    var tagSelect = document.getElementById("pp-filter-tag");
    var questionSelect = document.getElementById("pp-pick-question");
    var count = document.getElementById("pp-filter-count");
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    function applyFilter() {
      var name = (nameInput.value || "").trim().toLowerCase();
      var tag = tagSelect.value;
      var shown = 0;
      rows.forEach(function (row) {
        var tags = (row.dataset.tags || "").split(" ");
        var visible = (!name || row.dataset.name.indexOf(name) !== -1) && (!tag || tags.indexOf(tag) !== -1);
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      count.textContent = shown + (shown === 1 ? " policy" : " policies");
    }
    nameInput.addEventListener("input", applyFilter);
    tagSelect.addEventListener("change", applyFilter);
    questionSelect.closest("label").hidden = false;
    questionSelect.addEventListener("change", function () { showQuestion(table, questionSelect.value); });
    var params = new URLSearchParams(window.location.search);
    if (params.get("tag")) { tagSelect.value = params.get("tag"); applyFilter(); }
    if (PHONE.matches) {
      questionSelect.value = questionSelect.dataset.phoneDefault || questionSelect.options[1].value;
      showQuestion(table, questionSelect.value);
    }
  }

  // Links into the full text (quotes, #p-... anchors) open it when it is folded away.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    var folded = target.closest("details:not([open])");
    if (!folded) return;
    while (folded) {
      folded.open = true;
      folded = folded.parentElement.closest("details:not([open])");
    }
    target.scrollIntoView();
  }

  function setUpCopyLinks() {
    document.querySelectorAll("a.pp-permalink").forEach(function (link) {
      if (link.dataset.ppReady) return;
      link.dataset.ppReady = "1";
      link.addEventListener("click", function (event) {
        if (!navigator.clipboard) return;  // plain link: the address bar shows the permalink
        event.preventDefault();
        var url = new URL(link.getAttribute("href"), window.location.href).href;
        history.replaceState(null, "", url);
        navigator.clipboard.writeText(url).then(function () {
          link.classList.add("pp-copied");
          link.setAttribute("title", "Link copied");
        }, function () { window.location.hash = link.hash; });
      });
    });
  }

  // Material wraps wide tables in a sideways scroller; a keyboard user reaches it
  // (and scrolls it with the arrow keys) only if it can take focus. Material wraps
  // them when the page is set up too, so this runs just after.
  function makeScrollersFocusable() {
    setTimeout(function () {
      document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])").forEach(function (box) {
        box.setAttribute("tabindex", "0");
      });
    }, 0);
  }

  window.addEventListener("hashchange", openTarget);
  function setUp() { setUpMatrix(); setUpCopyLinks(); openTarget(); makeScrollersFocusable(); }
  if (typeof document$ !== "undefined") {
    document$.subscribe(setUp);
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
