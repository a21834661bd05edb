/* The header's search box, made where it stands, right after its empty <div data-archive-search>, instead
   of written out in every page (0.5 KB each): it searches only by script (archive.js), so without
   scripts nothing is lost but a box that did nothing. The markup is the one partials/archive-search.html wrote. */
(function (box) {
  if (box && !box.firstElementChild) box.innerHTML = "\n<label class=\"archive-visually-hidden\" for=\"archive-search-input\">Search the archive</label>\n<input id=\"archive-search-input\" class=\"archive-search__input\" type=\"search\" placeholder=\"Search the archive\" autocomplete=\"off\" spellcheck=\"false\" role=\"combobox\" aria-autocomplete=\"list\" aria-expanded=\"false\" aria-controls=\"archive-search-results\" aria-keyshortcuts=\"/\">\n<div id=\"archive-search-results\" class=\"archive-search__results\" hidden></div>\n";
})(document.currentScript && document.currentScript.previousElementSibling);
