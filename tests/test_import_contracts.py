"""The one-way flow seed → builder → brief → store/search/stories → app/export, held by imports.

Every ``import`` of the package (at the top or inside a function) is read with ``ast`` and
followed transitively; a layer reaching a layer it must not (the reader importing the builder,
the model importing the store) fails here, naming the chain of modules that does it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent.parent / "tui" / "briefing"

#: Layer of each module prefix; the longest matching prefix wins. Unlisted modules
#: (errors, safe_text, atomic, keymap, the package itself) are shared helpers.
LAYERS = {
    "briefing.seeds": "seed",
    "briefing.builder": "builder",
    # Words and dispute rules, read by the builder to find disputes and by the reader and
    # export to explain them: below both, so neither needs the other.
    "briefing.language": "analysis",
    "briefing.disputes": "analysis",
    "briefing.model": "brief",
    "briefing.brief_yaml": "brief",
    "briefing.store": "reading",
    "briefing.load_cache": "reading",
    "briefing.search": "reading",
    "briefing.stories": "reading",
    "briefing.export": "output",
    "briefing.export_story": "output",
    "briefing.app": "output",
    # The command line composes everything: building, reading, the app.
    "briefing.cli": "composition",
    "briefing.commands": "composition",
    "briefing.build_runner": "composition",
    "briefing.__main__": "composition",
}

#: What each layer may never reach, directly or through other modules.
FORBIDDEN = {
    "seed": {"builder", "brief", "reading", "output", "composition"},
    "brief": {"seed", "analysis", "builder", "reading", "output", "composition"},
    "analysis": {"seed", "builder", "reading", "output", "composition"},
    "builder": {"reading", "output", "composition"},
    "reading": {"seed", "builder", "output", "composition"},
    "output": {"seed", "builder", "composition"},
}

#: Known exceptions, one edge each, with why. None today: the dispute rules the reader and
#: export use to explain a dispute live in ``briefing.disputes``, below the builder.
ALLOWED_EDGES: set[tuple[str, str]] = set()


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, name: str, known: set[str]) -> set[str]:
    """Modules of the package that ``path`` (module ``name``) imports, anywhere in it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base]) if base else ".".join(anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {m for m in found if m in known}


def import_graph(root: Path) -> dict[str, set[str]]:
    files = {module_name(p, root): p for p in root.rglob("*.py")}
    known = set(files)
    return {name: imports_of(path, name, known) for name, path in files.items()}


def layer_of(module: str) -> str | None:
    best = max(
        (p for p in LAYERS if module == p or module.startswith(p + ".")), key=len, default=None
    )
    return LAYERS[best] if best else None


def violations(
    graph: dict[str, set[str]], allowed: Iterable[tuple[str, str]] = ALLOWED_EDGES
) -> list[str]:
    """One line per module that reaches a forbidden layer, with the chain of imports."""
    skip = set(allowed)
    found: list[str] = []
    for start in sorted(graph):
        layer = layer_of(start)
        banned = FORBIDDEN.get(layer or "", set())
        if not banned:
            continue
        chain_to: dict[str, list[str]] = {start: [start]}
        todo = [start]
        while todo:
            current = todo.pop()
            for target in sorted(graph.get(current, ())):
                if (current, target) in skip or target in chain_to:
                    continue
                chain_to[target] = [*chain_to[current], target]
                if layer_of(target) in banned:
                    found.append(
                        f"{layer} reaches {layer_of(target)}: {' → '.join(chain_to[target])}"
                    )
                    continue
                todo.append(target)
    return found


def test_the_package_keeps_the_one_way_flow() -> None:
    assert violations(import_graph(PACKAGE_ROOT)) == []


def test_the_reader_and_export_explain_disputes_without_the_builder() -> None:
    graph = import_graph(PACKAGE_ROOT)
    shown_by = {m for m, targets in graph.items() if "briefing.disputes.view" in targets}
    assert {"briefing.app.contradictions_pane", "briefing.export"} <= shown_by
    assert not any(t.startswith("briefing.builder") for m in shown_by for t in graph[m])


def test_a_broken_flow_is_caught_with_its_chain(tmp_path: Path) -> None:
    root = tmp_path / "briefing"
    for folder in ("builder", "stories", "app"):
        (root / folder).mkdir(parents=True)
        (root / folder / "__init__.py").write_text("")
    (root / "__init__.py").write_text("")
    (root / "model.py").write_text("X = 1\n")
    (root / "builder" / "pipeline.py").write_text("from ..model import X\n")
    (root / "stories" / "group.py").write_text("from ..model import X\n")
    (root / "app" / "view.py").write_text("def f():\n    from ..stories import group\n")
    assert violations(import_graph(root)) == []

    # Stories reaching for the builder drags the builder into the reader too.
    (root / "stories" / "group.py").write_text("from ..builder.pipeline import X\n")
    found = violations(import_graph(root))
    assert "reading reaches builder: briefing.stories.group → briefing.builder.pipeline" in found
    assert any(line.startswith("output reaches builder: briefing.app.view") for line in found)

    # The model importing the store breaks the flow the other way.
    (root / "stories" / "group.py").write_text("from ..model import X\n")
    (root / "model.py").write_text("from .stories import group\n")
    found = violations(import_graph(root))
    assert "brief reaches reading: briefing.model → briefing.stories" in found
