"""What a user clicks and types first: the graph.html URL, --open, ``kg --version`` and ``python -m kg``."""

import os
import subprocess
import sys
import webbrowser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from click.testing import CliRunner

import kg
from kg.cli import _register, cli

_register()
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The URLs kg asks the browser to open (no browser is started)."""
    urls: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: urls.append(url) or True)
    return urls


def _clickable(output: str) -> str:
    lines = [line for line in output.splitlines() if line.startswith("open file://")]
    assert len(lines) == 1, output
    return lines[0].split(" ", 1)[1]


def test_build_prints_graph_html_as_file_url_and_opens_it(seed_dir, tmp_path, opened):
    r = CliRunner().invoke(cli, ["build", str(seed_dir), "-o", str(tmp_path / "out"), "--quiet", "--open"])
    assert r.exit_code == 0, r.output
    url = _clickable(r.output)
    path = Path(unquote(urlparse(url).path))
    assert path == (tmp_path / "out" / "graph.html").resolve()
    assert path.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert opened == [url]


def test_build_opens_nothing_unless_asked(seed_build, seed_dir, opened):
    r = CliRunner().invoke(cli, ["build", str(seed_dir), "-o", str(seed_build), "--quiet"])
    assert r.exit_code == 0, r.output
    assert _clickable(r.output).endswith("/graph.html")
    assert opened == []


def test_build_without_html_has_no_url(seed_dir, tmp_path, opened):
    r = CliRunner().invoke(cli, ["build", str(seed_dir), "-o", str(tmp_path / "out"), "--quiet", "--no-html", "--open"])
    assert r.exit_code == 0, r.output
    assert "file://" not in r.output
    assert opened == []


def test_render_open_shows_the_page_it_wrote(seed_build, tmp_path, opened):
    out = tmp_path / "actors en.html"  # a space, so the URL must be quoted
    r = CliRunner().invoke(cli, ["render", "--store", str(seed_build / "store"), "-o", str(out), "--view", "actor",
                                 "--open"])
    assert r.exit_code == 0, r.output
    url = _clickable(r.output)
    assert "%20" in url and " " not in url
    assert Path(unquote(urlparse(url).path)) == out.resolve() and out.exists()
    assert opened == [url]


def _python_m_kg(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)


def test_python_m_kg_version():
    r = _python_m_kg("--version")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"kg, version {kg.__version__}"


def test_python_m_kg_lists_the_commands():
    r = _python_m_kg("--help")
    assert r.returncode == 0, r.stderr
    for name in ("build", "extract", "query", "render", "explain", "serve", "push", "export"):
        assert f"  {name} " in r.stdout
