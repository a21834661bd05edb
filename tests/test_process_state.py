"""Issue 33, item 5: no process-wide state. Nothing in generator/ rebinds a module's names at run time
(`global`) or leaves the process without the interpreter's own exit (os._exit)."""

from __future__ import annotations

import ast
from pathlib import Path

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
