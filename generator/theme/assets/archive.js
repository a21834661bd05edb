/* corpus-archive: header search, search page with filters, sortable tables.
 * Search uses Pagefind over http(s). Everything here is plain script: no other host is ever asked. */
(function () {
  "use strict";

  var siteBase = (function () {
    var config = document.getElementById("__config");
    var base = ".";
    try { base = JSON.parse(config.textContent).base || "."; } catch (e) { /* no Material config */ }
    return new URL(base.replace(/\/?$/, "/"), location.href);
  })();

  /* ---------- search engines ---------- */

  var enginePromise = null;
  function engine() {
    if (!enginePromise) enginePromise = location.protocol === "file:" ? offlineEngine() : pagefindEngine();
    return enginePromise;
  }

  /* Pagefind drops "index.html" from addresses; links here always name the file, as everywhere on the site. */
  function fileUrl(url) {
    return String(url).replace(/\/(?=$|[?#])/, "/index.html");
  }

  /* The index may come in several Pagefind bundles (generator/search_index.py): each is asked, and the
     answers merged: by score for best match (as Pagefind's mergeIndex does); sorted by the key the
     bundles are cut along (date), one bundle's results after the other's; filter counts summed. A
     recent bundle holds the pages changed since the others were made: the others' copies of them
     ("stale", by Pagefind id) are left out of their answers and their counts ("minus"), as are the pages
     it holds only to weigh its words as the others do (its own "stale"); a bundle's answer is judged
     genuine (below) with those pages in it, as a bundle of the whole archive would be. */
  function pagefindEngine() {
    var single = { bundles: ["pagefind/"], order: null };
    /* "no-cache": asked again each time (an unchanged file answers 304), as Pages lets browsers keep any file ten
       minutes, and a shards file from before the last publish names bundles and stale pages of a site gone. */
    return fetch(new URL("search/pagefind-shards.json", siteBase).href, { cache: "no-cache" })
      .then(function (response) { return response.ok ? response.json() : single; }, function () { return single; })
      .then(function (plan) {
        return Promise.all(plan.bundles.map(loadBundle)).then(function (loaded) {
          return combined(plan.bundles.map(function (path, i) {
            return { pagefind: loaded[i], recent: path === plan.recent, stale: new Set((plan.stale || {})[path] || []) };
          }), plan.order, plan.minus || {});
        });
      });
  }

  function loadBundle(path) {
    return import(new URL(path + "pagefind.js", siteBase).href).then(function (pagefind) {
      return pagefind.options({ baseUrl: siteBase.pathname }).then(function () { pagefind.init(); return pagefind; });
    });
  }

  function sumCounts(all, minus) {
    var merged = {};
    all.forEach(function (filters) {
      Object.keys(filters || {}).forEach(function (key) {
        var into = merged[key] = merged[key] || {};
        Object.keys(filters[key]).forEach(function (value) { into[value] = (into[value] || 0) + filters[key][value]; });
      });
    });
    Object.keys(minus).forEach(function (key) {
      Object.keys(minus[key]).forEach(function (value) {
        if (!merged[key] || !(value in merged[key])) return;
        merged[key][value] -= minus[key][value];
        if (merged[key][value] <= 0) delete merged[key][value];
      });
    });
    return merged;
  }

  /* Results in one order: by score; or by the bundles' key, the bundles' lists one after the other, a
     recent bundle's results put in their places by the sort key each page carries (meta "sort"), which
     needs the data of the first `count` of each list (what is shown, and as many more at most). */
  function mergedResults(found, bundles, sort, order) {
    var key = sort && Object.keys(sort)[0];
    var lists = found.map(function (f) { return f ? f.results : []; });
    var older = lists.filter(function (list, i) { return !bundles[i].recent; });
    var recent = [].concat.apply([], lists.filter(function (list, i) { return bundles[i].recent; }));
    if (!(key && key === order)) {
      var all = [].concat.apply([], lists).sort(function (a, b) { return b.score - a.score; });
      return { total: all.length, first: function (count) { return Promise.resolve(all.slice(0, count)); } };
    }
    if (sort[key] === "desc") older.reverse();
    var shards = [].concat.apply([], older);
    if (!recent.length) return { total: shards.length, first: function (count) { return Promise.resolve(shards.slice(0, count)); } };
    var descending = sort[key] === "desc";
    return {
      total: shards.length + recent.length,
      first: function (count) {
        var some = shards.slice(0, count).concat(recent.slice(0, count));
        return Promise.all(some.map(function (r) { return r.data().then(function (d) { return { result: r, key: [(d.meta && d.meta.sort) || "", d.url] }; }); }))
          .then(function (keyed) {
            keyed.sort(function (a, b) { var c = compareKeys(a.key, b.key); return descending ? -c : c; });
            return keyed.slice(0, count).map(function (k) { return k.result; });
          });
      }
    };
  }

  function compareKeys(a, b) {
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
  }

  /* Pagefind answers a word its index lacks with the longest indexed word the word starts with
     ("asdfgh" finds every "as"). A bundle whose best result holds no word sharing most of its start
     with each searched word (a few letters may differ: Pagefind matches stems) found nothing. */
  function folded(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
  }

  function sharedStart(a, b) {
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  }

  function holds(words, term) {
    var need = Math.min(term.length, Math.max(3, term.length - 4));
    return words.some(function (word) { return sharedStart(word, term) >= need; });
  }

  function genuine(found, term) {
    var terms = folded(term);
    if (!found || !found.results.length || !terms.length) return Promise.resolve(found);
    return found.results[0].data().then(function (d) {
      var words = folded(d.content + " " + (d.meta && d.meta.title));
      return terms.every(function (t) { return holds(words, t); }) ? found : { results: [] };
    });
  }

  function combined(bundles, order, minus) {
    return {
      filters: function () {
        return Promise.all(bundles.map(function (b) { return b.pagefind.filters(); })).then(function (all) { return sumCounts(all, minus); });
      },
      search: function (term, filters, sort) {
        var options = { filters: filters || {} };
        if (sort) options.sort = sort;
        return Promise.all(bundles.map(function (b) {
          return b.pagefind.search(term || null, options).then(function (f) { return genuine(f, term); });
        })).then(function (answers) {
          var found = answers.map(function (f, i) { return current(f, bundles[i].stale); });
          var results = mergedResults(found, bundles, sort, order);
          return {
            total: results.total,
            load: function (count) {
              return results.first(count).then(function (first) { return Promise.all(first.map(function (r) { return r.data(); })); })
                .then(function (items) {
                  return items.map(function (d) {
                    return { url: fileUrl(d.url), title: d.meta.title, date: d.meta.date, outlet: d.meta.outlet, excerpt: d.excerpt };
                  });
                });
            }
          };
        });
      }
    };
  }

  /* A bundle's answer without the pages a recent bundle holds anew (or that are gone). */
  function current(found, stale) {
    if (!found || !stale.size) return found;
    return Object.assign({}, found, { results: found.results.filter(function (r) { return !stale.has(r.id); }) });
  }

  /* From file:// browsers refuse Pagefind's fetch and WebAssembly; a plain script index loads instead. */
  function offlineEngine() {
    return new Promise(function (resolve, reject) {
      if (window.ARCHIVE_OFFLINE_SEARCH) return resolve(window.ARCHIVE_OFFLINE_SEARCH);
      var script = document.createElement("script");
      script.src = new URL("search/offline-index.js", siteBase).href;
      script.onload = function () {
        if (window.ARCHIVE_OFFLINE_SEARCH) resolve(window.ARCHIVE_OFFLINE_SEARCH);
        else reject(new Error("offline index did not register"));
      };
      script.onerror = function () { reject(new Error("offline search index missing")); };
      document.head.appendChild(script);
    }).then(function (index) {
      return index.engine(siteBase);
    });
  }

  /* ---------- rendering ---------- */

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  /* Pagefind excerpts are HTML with <mark> only; rebuild them as text + <mark> so nothing else renders. */
  function excerptNode(excerpt) {
    var node = el("span", { class: "archive-result__excerpt" });
    var parts = String(excerpt || "").split(/(<mark>|<\/mark>)/);
    var marking = false;
    var scratch = document.createElement("textarea");
    parts.forEach(function (part) {
      if (part === "<mark>") { marking = true; return; }
      if (part === "</mark>") { marking = false; return; }
      scratch.innerHTML = part.replace(/</g, "&lt;");
      var text = document.createTextNode(scratch.value);
      node.appendChild(marking ? el("mark", {}, [text]) : text);
    });
    return node;
  }

  /* In the header dropdown results are options of a listbox; on the search page they are plain links. */
  function resultLink(item, index) {
    var meta = [item.date, item.outlet].filter(Boolean).join(" · ");
    return el("a", { class: "archive-result", href: item.url }, [
      el("span", { class: "archive-result__title", text: item.title || item.url }),
      meta ? el("span", { class: "archive-result__meta", text: meta }) : null,
      excerptNode(item.excerpt)
    ]);
  }

  /* ---------- header search box ---------- */

  function setupHeaderSearch(box) {
    var input = box.querySelector("input");
    var panel = box.querySelector(".archive-search__results");
    var timer = null, generation = 0;

    function close() { panel.hidden = true; input.setAttribute("aria-expanded", "false"); }
    function open() { panel.hidden = false; input.setAttribute("aria-expanded", "true"); }
    function optionLink(item, index) {
      var link = resultLink(item, index);
      link.setAttribute("role", "option");
      link.setAttribute("id", "archive-result-" + index);
      link.setAttribute("tabindex", "-1");
      return link;
    }
    function options() { return Array.prototype.slice.call(panel.querySelectorAll(".archive-result")); }

    function run() {
      var term = input.value.trim();
      var mine = ++generation;
      if (!term) { close(); panel.replaceChildren(); return; }
      panel.replaceChildren(el("p", { class: "archive-search__status", text: "Searching…" }));
      open();
      engine().then(function (e) { return e.search(term); }).then(function (found) {
        return found.load(8).then(function (items) { return { total: found.total, items: items }; });
      }).then(function (r) {
        if (mine !== generation) return;
        var status = r.total === 0 ? "No results for “" + term + "”" : r.total + " result" + (r.total === 1 ? "" : "s");
        var more = el("a", { class: "archive-search__more", href: new URL("search.html", siteBase).href + "?q=" + encodeURIComponent(term), text: "Filter and sort all results →" });
        var list = el("div", { class: "archive-search__list", role: "listbox", "aria-label": "Search results" }, r.items.map(optionLink));
        panel.replaceChildren(el("p", { class: "archive-search__status", role: "status", text: status }), list, more);
      }).catch(function (error) {
        if (mine !== generation) return;
        panel.replaceChildren(el("p", { class: "archive-search__status", text: "Search is unavailable: " + error.message }));
      });
    }

    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });
    input.addEventListener("focus", function () { engine().catch(function () {}); if (input.value.trim() && panel.childElementCount) open(); });
    box.addEventListener("keydown", function (event) {
      var items = options();
      var current = items.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && items.length) {
        event.preventDefault();
        items[Math.min(current + 1, items.length - 1)].focus();
      } else if (event.key === "ArrowUp" && items.length) {
        event.preventDefault();
        if (current <= 0) input.focus(); else items[current - 1].focus();
      } else if (event.key === "Escape") {
        close(); input.focus();
      } else if (event.key === "Enter" && document.activeElement === input && items.length) {
        event.preventDefault();
        location.href = items[0].href;
      }
    });
    document.addEventListener("click", function (event) { if (!box.contains(event.target)) close(); });
  }

  /* ---------- search page with filters ---------- */

  var FACETS = ["actor", "topic", "outlet", "author", "year", "kind"];

  /* The search is in the page's address (search.html?q=…&actor=…&sort=…), so it can be bookmarked and
     cited; links made before that carried it after "#", which is still read (and wins, being newer). */
  function searchParams() {
    var hash = new URLSearchParams(location.hash.replace(/^#/, ""));
    return Array.from(hash.keys()).length ? hash : new URLSearchParams(location.search);
  }

  function showInAddress(term, chosen, sortValue) {
    var query = new URLSearchParams();
    if (term) query.set("q", term);
    FACETS.forEach(function (f) { (chosen[f] || []).forEach(function (v) { query.append(f, v); }); });
    if (sortValue) query.set("sort", sortValue);
    var text = query.toString();
    try { history.replaceState(null, "", location.pathname + (text ? "?" + text : "")); } catch (e) { /* an address this browser will not rewrite */ }
  }

  function setupSearchPage(root) {
    var params = searchParams();
    var input = el("input", { type: "search", id: "archive-page-query", class: "archive-page__query", placeholder: "Words to find (leave empty to list all)", "aria-label": "Search words" });
    input.value = params.get("q") || "";
    var sort = el("select", { id: "archive-page-sort", "aria-label": "Order" }, [
      el("option", { value: "", text: "Best match" }),
      el("option", { value: "date:desc", text: "Newest first" }),
      el("option", { value: "date:asc", text: "Oldest first" })
    ]);
    if (params.get("sort")) sort.value = params.get("sort");
    var facets = el("div", { class: "archive-facets" });
    var status = el("p", { class: "archive-page__status", role: "status" });
    var results = el("div", { class: "archive-page__results" });
    /* The filters fold behind their summary on a narrow screen, so the first results show on the first screen. */
    var foldLabel = el("summary", { text: "Filters" });
    var fold = el("details", { class: "archive-facets-fold" }, [foldLabel, facets]);
    fold.open = !window.matchMedia || window.matchMedia("(min-width: 45em)").matches;
    root.replaceChildren(el("div", { class: "archive-page__bar" }, [input, sort]), fold, status, results);

    var chosen = {};
    FACETS.forEach(function (f) { if (params.get(f)) chosen[f] = params.getAll(f); });

    function update() {
      var filters = {};
      Object.keys(chosen).forEach(function (k) { if (chosen[k].length) filters[k] = { any: chosen[k] }; });
      var sortValue = sort.value ? (function (s) { var o = {}; o[s[0]] = s[1]; return o; })(sort.value.split(":")) : null;
      status.textContent = "Searching…";
      showInAddress(input.value.trim(), chosen, sort.value);
      var picked = Object.keys(filters).reduce(function (n, k) { return n + filters[k].any.length; }, 0);
      foldLabel.textContent = picked ? "Filters (" + picked + " chosen)" : "Filters";
      engine().then(function (e) { return e.search(input.value.trim(), filters, sortValue); }).then(function (found) {
        return found.load(50).then(function (items) {
          status.textContent = found.total + " article" + (found.total === 1 ? "" : "s") + (found.total > 50 ? " (first 50 shown)" : "");
          results.replaceChildren.apply(results, items.map(resultLink));
        });
      }).catch(function (error) { status.textContent = "Search is unavailable: " + error.message; });
    }

    engine().then(function (e) { return e.filters(); }).then(function (available) {
      FACETS.forEach(function (facet) {
        var values = available[facet];
        if (!values || !Object.keys(values).length) return;
        var group = el("fieldset", { class: "archive-facet", "data-facet": facet }, [el("legend", { text: facet })]);
        Object.keys(values).sort().forEach(function (value) {
          var id = "facet-" + facet + "-" + value.replace(/[^A-Za-z0-9]+/g, "-");
          var box = el("input", { type: "checkbox", id: id, value: value });
          box.checked = (chosen[facet] || []).indexOf(value) >= 0;
          box.addEventListener("change", function () {
            var list = chosen[facet] = chosen[facet] || [];
            if (box.checked) list.push(value); else list.splice(list.indexOf(value), 1);
            update();
          });
          group.appendChild(el("label", { for: id }, [box, document.createTextNode(" " + value + " (" + values[value] + ")")]));
        });
        facets.appendChild(group);
      });
      update();
    }).catch(function (error) { status.textContent = "Search is unavailable: " + error.message; });

    var timer = null;
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 150); });
    sort.addEventListener("change", update);
  }

  /* ---------- sortable tables ---------- */

  function setupSortable(table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll("thead th"));
    headers.forEach(function (th, column) {
      var button = el("button", { type: "button", class: "archive-sort" });
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") !== "descending";
        headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        var numeric = th.dataset.sort === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column], y = b.cells[column];
          var vx = x.dataset.value !== undefined ? x.dataset.value : x.textContent.trim().toLowerCase();
          var vy = y.dataset.value !== undefined ? y.dataset.value : y.textContent.trim().toLowerCase();
          var order = numeric ? Number(vx) - Number(vy) : (vx < vy ? -1 : vx > vy ? 1 : 0);
          return descending ? -order : order;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  /* ---------- copy citations and paragraph links ---------- */

  /* The Clipboard API needs a secure context (not file://): fall back to a selected textarea. */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(text); });
    }
    return legacyCopy(text);
  }

  function legacyCopy(text) {
    var area = el("textarea", { readonly: "", class: "archive-copy__buffer" });
    area.value = text;
    document.body.appendChild(area);
    area.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (e) { done = false; }
    document.body.removeChild(area);
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function flash(target, message) {
    var note = el("span", { class: "archive-copied", role: "status", text: message });
    target.insertAdjacentElement("afterend", note);
    setTimeout(function () { note.remove(); }, 1800);
  }

  /* A citation as copied: without a site_url the archive's path is all the page knows, and a copy
     served over http(s) has an address of its own, the page's (articles/<id>/), put in its place. */
  function withAddress(cite, text, anchor) {
    var permalink = cite.dataset.archivePermalink;
    var url = permalink;
    if (!/^[a-z]+:/i.test(permalink) && /^https?:$/.test(location.protocol)) url = new URL("./", location.href).href;
    return text.split(permalink).join(url + (anchor ? "#" + anchor : ""));
  }

  /* A style's citation as plain text: its entry's text (the page does not repeat it in attributes). */
  function entryText(style) {
    var entry = style && style.querySelector(".archive-cite__entry");
    return entry ? entry.textContent : "";
  }

  /* One paragraph: the first style's entry, its link pointing at the paragraph. */
  function paragraphCitation(cite, anchor) {
    var style = cite.querySelector(".archive-cite__style");
    return style ? withAddress(cite, entryText(style), anchor) : "";
  }

  function setupCopy(cite) {
    cite.querySelectorAll(".archive-cite__style .archive-copy").forEach(function (button) {
      button.addEventListener("click", function () {
        copyText(withAddress(cite, entryText(button.closest(".archive-cite__style")), "")).then(function () { flash(button, "Copied"); },
          function () { flash(button, "Select the text above and copy it"); });
      });
    });
    document.querySelectorAll("a.archive-para__num").forEach(function (link) {
      link.addEventListener("click", function () {
        var anchor = link.getAttribute("href").slice(1);
        link.dataset.copied = paragraphCitation(cite, anchor);
        copyText(link.dataset.copied).then(function () { flash(link, "Citation copied"); }, function () {});
      });
    });
  }

  /* "/" anywhere outside a text field jumps to the header search box. */
  function focusSearchOnSlash(event) {
    var target = event.target;
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var input = document.querySelector("[data-archive-search] input");
    if (input) { event.preventDefault(); input.focus(); }
  }

  /* Files published apart from the site (the release of the offline copy) are beside the page in a copy read from disk. */
  function linkLocalFiles() {
    if (location.protocol !== "file:") return;
    document.querySelectorAll("a[data-archive-local]").forEach(function (link) { link.href = link.dataset.archiveLocal; });
  }

  function init() {
    linkLocalFiles();
    document.querySelectorAll(".archive-cite").forEach(setupCopy);
    document.addEventListener("keydown", focusSearchOnSlash);
    document.querySelectorAll("[data-archive-search]").forEach(setupHeaderSearch);
    document.querySelectorAll("[data-archive-search-page]").forEach(setupSearchPage);
    document.querySelectorAll("table[data-archive-sortable]").forEach(setupSortable);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
