// PlainPolicy's few behaviours in the reader's browser: sortable and filterable
// comparison table, and one-click copying of permalinks. Material for MkDocs
// swaps pages without reloading (instant navigation), so everything hangs off
// its document$ observable rather than DOMContentLoaded.
(function () {
  "use strict";

  function setUpMatrix() {
    var table = document.getElementById("pp-matrix");
    if (!table || table.dataset.ppReady) return;
    table.dataset.ppReady = "1";
    new Tablesort(table);
    var nameInput = document.getElementById("pp-filter-name");
    var tagSelect = document.getElementById("pp-filter-tag");
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
    var params = new URLSearchParams(window.location.search);
    if (params.get("tag")) { tagSelect.value = params.get("tag"); applyFilter(); }
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

  function setUp() { setUpMatrix(); setUpCopyLinks(); }
  if (typeof document$ !== "undefined") {
    document$.subscribe(setUp);
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
