"""``kg build`` on bad input and under SIGKILL: exit status, --strict, and outputs that survive a kill."""

from __future__ import annotations

import filecmp
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import _register, cli

_register()
ID_TEXT = "Rusia memasok rudal ke Iran pada Rabu (19/6/2024), menurut laporan intelijen Amerika Serikat."


def _run(*args):
    return CliRunner().invoke(cli, ["build", "--no-html", "-q", *map(str, args)])


def test_every_document_built_exits_0(corpus: Path, tmp_path: Path):
    res = _run(corpus, "-o", tmp_path / "out")
    assert res.exit_code == 0, res.output
    assert "documents   12  (extracted 12, unchanged 0, removed 0)" in res.output


def test_some_skipped_exits_2_and_lists_them(corpus: Path, tmp_path: Path):
    (corpus / "kosong.txt").write_text("", encoding="utf-8")
    (corpus / "gambar.txt").write_bytes(b"\x89PNG\x00\x00")
    (corpus / "prancis.txt").write_text(
        "Le président russe est arrivé mercredi à Pyongyang pour rencontrer le dirigeant nord-coréen, "
        "selon les médias officiels des deux pays.", encoding="utf-8")
    (corpus / "feed.jsonl").write_text('{"id": "j1", "text": "' + ID_TEXT + '"}\n{"id": "j2", "text": \n', encoding="utf-8")
    res = _run(corpus, "-o", tmp_path / "out")
    assert res.exit_code == 2, res.output
    assert "documents   13" in res.output
    assert f"skipped: {corpus / 'kosong.txt'}: empty document" in res.output
    assert "gambar.txt:1: binary file" in res.output
    assert "feed.jsonl:2: malformed JSON" in res.output
    assert f"skipped: {corpus / 'prancis.txt'}: language 'fr': kg has no lexicon for it" in res.output
    assert (tmp_path / "out" / "kg.ttl").stat().st_size > 0


def test_nothing_usable_exits_1(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "kosong.txt").write_text("", encoding="utf-8")
    res = _run(tmp_path / "in", "-o", tmp_path / "out")
    assert res.exit_code == 1
    assert "no readable documents" in res.output and "kosong.txt" in res.output
    assert not (tmp_path / "out" / "kg.ttl").exists()


def test_strict_stops_at_the_first_bad_document_and_writes_nothing(corpus: Path, tmp_path: Path):
    (corpus / "part-000" / "zz-rusak.txt").write_bytes(b"teks \xff\xfe rusak \xc3\xa9")
    res = _run(corpus, "-o", tmp_path / "out", "--strict")
    assert res.exit_code == 1 and "zz-rusak.txt:1: not valid UTF-8" in res.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_csv_columns_from_the_command_line(tmp_path: Path):
    src = tmp_path / "ekspor.csv"
    src.write_text(f'no,judul,isi\nA1,Rudal,"{ID_TEXT}"\n', encoding="utf-8")
    res = _run(src, "-o", tmp_path / "out", "--text-column", "isi", "--id-column", "no", "--title-column", "judul")
    assert res.exit_code == 0, res.output
    ttl = (tmp_path / "out" / "kg.ttl").read_text(encoding="utf-8")
    assert "doc:A1" in ttl and '"Rudal"' in ttl and "suppliesWeaponsTo" in ttl


def _kg(args, env=None, **kw):
    cmd = [sys.executable, "-m", "kg", "build", "--no-html", "-q", *map(str, args)]
    return subprocess.Popen(cmd, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


@pytest.fixture(scope="module")
def kill_setup(tmp_path_factory):
    """A corpus built once (the previous outputs), then changed: half rewritten, six added; and the
    clean build of the changed corpus that every interrupted-then-resumed build must equal."""
    from corpus_id import article, write_corpus

    from kg.builder import build

    root = tmp_path_factory.mktemp("kill")
    corpus = write_corpus(root / "corpus", 12, per_folder=6)
    base = root / "base"
    build([corpus], base, render=False)
    for i, f in enumerate(sorted(corpus.rglob("*.txt"))[::2]):
        f.write_text(article(500 + i), encoding="utf-8")
    for i in range(6):
        (corpus / f"tambahan-{i}.txt").write_text(article(900 + i), encoding="utf-8")
    clean = root / "clean"
    build([corpus], clean, render=False)
    return corpus, base, clean


@pytest.mark.slow
@pytest.mark.parametrize("point", ["after-remove", "before-side-table", "after-batch", "between-outputs", "timed"])
def test_sigkill_leaves_the_previous_outputs_and_the_next_run_completes(point, kill_setup, tmp_path: Path):
    from kg.builder import build

    corpus, base, clean = kill_setup
    out = tmp_path / "out"
    shutil.copytree(base, out)
    names = ("kg.ttl", "statements.trig")
    before = {n: (out / n).read_bytes() for n in names}
    if point == "timed":  # a kill at whatever moment the build has reached after 3 s
        proc = _kg([corpus, "-o", out, "--batch-size", "1"])
        time.sleep(3)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        after = {n: (out / n).read_bytes() for n in names}
        assert after == before or all(filecmp.cmp(out / n, clean / n, shallow=False) for n in names)
    else:  # a kill at a chosen point: inside a batch, after a batch, between the two outputs
        proc = _kg([corpus, "-o", out, "--batch-size", "2"], env={"KG_FAULT": point})
        assert proc.wait() == -signal.SIGKILL
        assert {n: (out / n).read_bytes() for n in names} == before
    report = build([corpus], out, render=False)
    assert report.documents == 18 and not report.skipped
    for n in names:
        assert filecmp.cmp(out / n, clean / n, shallow=False), n


@pytest.mark.slow
def test_a_killed_worker_stops_the_build_with_a_message_and_the_next_run_completes(kill_setup, tmp_path: Path):
    """A worker process killed mid-build (the OOM killer, a segfault) must not hang the build: it stops
    with exit status 1 and a message saying what happened, keeps the previous outputs, and the next
    run finishes the work."""
    from kg.builder import build

    corpus, base, clean = kill_setup
    out = tmp_path / "out"
    shutil.copytree(base, out)
    names = ("kg.ttl", "statements.trig")
    before = {n: (out / n).read_bytes() for n in names}
    proc = _kg([corpus, "-o", out, "--workers", "2"], env={"KG_FAULT": "in-worker"})
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 1
    assert "a worker process died" in err.decode()
    assert {n: (out / n).read_bytes() for n in names} == before
    assert not (out / ".kg-spool").exists()
    report = build([corpus], out, render=False, workers=2)
    assert report.documents == 18 and not report.skipped
    for n in names:
        assert filecmp.cmp(out / n, clean / n, shallow=False), n
