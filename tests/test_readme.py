"""The README's two set-up commands exist, and .ci/run runs exactly the test command."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Quick start", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    return [line.strip() for line in block.splitlines() if line.strip() and not line.strip().startswith("#")]


def test_readme_has_two_setup_commands():
    cmds = _commands()
    assert len(cmds) == 2
    assert "kg build seeds/" in cmds[0]
    assert "pytest" in cmds[1]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _commands()[1] in ci


def test_readme_is_short_and_its_links_resolve():
    """A newcomer reads the README in minutes; the rest is in docs/, and every link leads somewhere."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text) < 8000
    for guide in ("extraction", "graph", "sparql", "corpus", "analysis", "performance", "ontology"):
        assert f"(docs/{guide}.md)" in text
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            assert (page.parent / target).exists(), f"{page.name} links to {target}, which is not there"
