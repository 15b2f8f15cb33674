// Material-looking search backed by the site's own Pagefind index (generator/search.py).
// Pagefind fetches only the index chunks a query needs, so the first result does not
// wait for an index of the whole site. Everything is loaded from this site.
const root = document.querySelector("[data-pp-search]");
if (root) {
  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base.replace(/\/?$/, "/"), document.baseURI);
  const words = config.translations;
  const toggle = document.getElementById("__search");
  const form = root.querySelector("form");
  const input = root.querySelector("[data-pp-search-query]");
  const meta = root.querySelector(".md-search-result__meta");
  const list = root.querySelector(".md-search-result__list");
  let engine = null;
  let latest = 0;

  const pagefind = () => {
    engine ??= import(new URL("pagefind/pagefind.js", base).href).then(async (module) => {
      const options = { baseUrl: base.pathname, excerptLength: 24 };
      await module.options(options);
      // A large site is indexed in parts (generator/build/search.py); parts.json names the others.
      const parts = await fetch(new URL("pagefind/parts.json", base)).then((response) => response.json());
      for (const part of parts) await module.mergeIndex(new URL(part, base).pathname, options);
      module.init();
      return module;
    });
    return engine;
  };

  // Pagefind's excerpt is text with <mark> around the hits: keep exactly that, nothing else.
  const excerpt = (html) => {
    const parsed = document.createElement("template");
    parsed.innerHTML = html;
    const out = document.createDocumentFragment();
    for (const node of parsed.content.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.append(mark);
      } else {
        out.append(document.createTextNode(node.textContent));
      }
    }
    return out;
  };

  const item = (data) => {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = data.url;
    link.tabIndex = -1;
    const article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    const title = document.createElement("h1");
    title.textContent = data.meta.title || data.url;
    const text = document.createElement("p");
    text.append(excerpt(data.excerpt));
    article.append(title, text);
    link.append(article);
    li.append(link);
    return li;
  };

  const count = (n) =>
    n === 0 ? words["search.result.none"] : n === 1 ? words["search.result.one"] : words["search.result.other"].replace("#", n);

  const search = async () => {
    const query = input.value.trim();
    const mine = ++latest;
    if (!query) {
      meta.textContent = words["search.result.placeholder"];
      list.replaceChildren();
      return;
    }
    const module = await pagefind();
    const found = await module.debouncedSearch(query, {}, 120);
    if (found === null || mine !== latest) return;
    const shown = await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
    if (mine !== latest) return;
    meta.textContent = count(found.results.length);
    list.replaceChildren(...shown.map(item));
  };

  const links = () => [...list.querySelectorAll(".md-search-result__link")];
  const editable = (el) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

  input.addEventListener("focus", () => {
    toggle.checked = true;
    pagefind();
  });
  input.addEventListener("input", search);
  toggle.addEventListener("change", () => toggle.checked && input.focus());
  form.addEventListener("reset", () => setTimeout(search));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = links()[0];
    if (first) location.href = first.href;
  });
  document.addEventListener("keydown", (event) => {
    if (toggle.checked) {
      const all = links();
      const at = all.indexOf(document.activeElement);
      if (event.key === "Escape") {
        toggle.checked = false;
        input.blur();
      } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const next = event.key === "ArrowDown" ? at + 1 : at - 1;
        (next < 0 ? input : all[Math.min(next, all.length - 1)])?.focus();
      }
    } else if (["/", "s", "f"].includes(event.key) && !editable(event.target) && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      toggle.checked = true;
      input.focus();
    }
  });
}
