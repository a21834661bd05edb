"""Issue 33, item 5: no process-wide state. Nothing in generator/ rebinds a module's names at run time
(`global`), leaves the process without the interpreter's own exit (os._exit), changes what another
module or an imported class holds, or keeps a memo in a module: a memo lives on an object its maker
creates and drops (cite.Citations, the style nodes of csl_styles.CitationStyle)."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from citeproc import model as citeproc_model

from generator.site.cite import Citations

GENERATOR = Path(__file__).resolve().parents[1] / "generator"


def trees() -> dict[str, ast.AST]:
    return {path.relative_to(GENERATOR).as_posix(): ast.parse(path.read_text(encoding="utf-8")) for path in sorted(GENERATOR.rglob("*.py"))}


def test_no_global_statement():
    found = [f"{name}:{node.lineno}" for name, tree in trees().items() for node in ast.walk(tree) if isinstance(node, ast.Global)]
    assert found == []



def test_no_exit_past_the_interpreters_teardown():
    leaving = {"_exit", "_run_exitfuncs"}
    found = [f"{name}:{node.lineno}" for name, tree in trees().items() for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr in leaving]
    assert found == []


def imported_names(tree: ast.AST) -> set[str]:
    """The names a module binds by importing: other modules, and the classes and functions taken from them."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
    return names


def changes_an_import(node: ast.AST, imported: set[str]) -> bool:
    """`imported.name = ...` (also +=, del) or setattr(imported, ...)."""
    if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Delete)):
        targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else [node.target]
        return any(isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id in imported for t in targets)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("setattr", "delattr") and node.args:
        return isinstance(node.args[0], ast.Name) and node.args[0].id in imported
    return False


def test_no_imported_module_or_class_is_changed():
    found = []
    for name, tree in trees().items():
        imported = imported_names(tree)
        found += [f"{name}:{node.lineno}" for node in ast.walk(tree) if changes_an_import(node, imported)]
    assert found == []


def module_containers(tree: ast.Module) -> list[tuple[str, int, bool]]:
    """(name, line, whether it starts empty) for each dict, list or set a module binds at its top level."""
    makers = {"dict", "list", "set", "defaultdict", "OrderedDict", "Counter", "deque", "WeakKeyDictionary", "WeakValueDictionary"}
    found = []
    for node in tree.body:
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        target = (node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None))
        if value is None or not isinstance(target, ast.Name):
            continue
        called = value.func.id if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) else None
        if isinstance(value, (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp, ast.SetComp)) or called in makers:
            empty = (isinstance(value, ast.Dict) and not value.keys) or (isinstance(value, (ast.List, ast.Set)) and not value.elts) or (called in makers and not value.args)
            found.append((target.id, node.lineno, empty))
    return found


def test_no_module_starts_a_container_it_fills_later():
    """A module-level dict, list or set that starts empty is filled while the process runs: a memo or a
    registry shared by every caller (and every test)."""
    found = {f"{name}:{variable}" for name, tree in trees().items() for variable, _, empty in module_containers(tree) if empty}
    assert found == set()


def test_citations_keep_no_module_level_container():
    for module in ("site/cite.py", "site/csl_styles.py"):
        assert module_containers(ast.parse((GENERATOR / module).read_text(encoding="utf-8"))) == [], module


def test_citeproc_is_citeprocs_own_after_citing():
    """cite.py once replaced citeproc-py's xpath_search and wrapped every class's calls_variable with
    memos for the whole process; every method of citeproc-py's element classes is still its own after
    citing, and our element classes never join the class lookup citeproc-py builds for itself."""
    citations = Citations()
    record = {"id": "x", "type": "webpage", "title": "Talks", "URL": "articles/x/", "container-title": "RTA",
              "author": [{"family": "Fadiah", "given": "Anna"}], "issued": {"date-parts": [[2025, 4, 23]]}}
    assert [entry.key for entry in citations.render_styles(record)] == ["apa", "mla", "chicago"]
    classes = [cls for cls in vars(citeproc_model).values() if inspect.isclass(cls) and cls.__module__ == citeproc_model.__name__]
    foreign = [
        f"{cls.__name__}.{name}" for cls in classes for name, value in vars(cls).items()
        if inspect.isfunction(value) and (value.__module__, value.__qualname__) != (citeproc_model.__name__, f"{cls.__name__}.{name}")
    ]
    assert classes
    assert foreign == []
    assert {cls.__module__ for cls in citeproc_model.CitationStylesElement.__subclasses__()} == {citeproc_model.__name__}
