"""Reading every kind of input, good and bad: each document is read right or reported with file, line and reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import Columns, ReadOptions, iter_records, read_document
from kg.ingest.dates import date_from_name, dateline, normalise_date
from kg.ingest.language import detect_language
from kg.model import Document

ID_TEXT = (
    "Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024) untuk bertemu pemimpin Korea Utara "
    "Kim Jong Un. Kedua pemimpin menandatangani perjanjian kemitraan strategis. Rusia membantu Korea Utara "
    "dengan teknologi, kata Putin kepada wartawan."
)
EN_TEXT = (
    "Russian President Vladimir Putin arrived in Pyongyang on Wednesday to meet North Korean leader Kim Jong Un. "
    "The two leaders signed a comprehensive strategic partnership treaty, state media reported."
)
FR_TEXT = (
    "Le président russe Vladimir Poutine est arrivé mercredi à Pyongyang pour rencontrer le dirigeant nord-coréen. "
    "Les deux dirigeants ont signé un traité de partenariat stratégique global, selon les médias officiels."
)


def _read(paths, **kw):
    docs, errors = [], []
    for item in iter_records([Path(p) for p in paths], ReadOptions(**kw)):
        (errors if isinstance(item, InputError) else docs).append(item)
    return docs, errors


def test_text_and_markdown_files_keep_metadata(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Putin di Pyongyang\n\n" + ID_TEXT, encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / "sub" / "ignored.pdf").write_bytes(b"%PDF-1.4")
    docs, errors = _read([tmp_path])
    assert errors == []
    a, b = docs
    assert (a.id, a.title, a.date, a.lang, a.source) == ("a", "Putin di Pyongyang", "2024-06-19", "id", str(tmp_path / "a.txt"))
    assert (b.id, b.lang) == ("b", "en")


def test_html_main_text_without_scripts_or_navigation(tmp_path: Path):
    html = f"""<html><head><title>Putin di Pyongyang</title>
      <meta property="og:url" content="https://example.org/putin-kim">
      <script>var menu = "Rusia menyerang Amerika Serikat"; alert("x");</script>
      <style>p {{ color: red }}</style></head>
      <body><nav><a href="/">Beranda</a> <a href="/dunia">Dunia</a></nav>
      <article><h1>Putin di Pyongyang</h1><p>{ID_TEXT}</p>
      <p>Kim Jong Un menyambut Putin di bandara dan keduanya berbicara selama dua jam di istana.</p></article>
      <footer>Hak cipta 2024 Contoh Media. Semua hak dilindungi.</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [doc], errors = _read([tmp_path])
    assert errors == []
    assert "Rusia membantu Korea Utara" in doc.text
    assert "Rusia menyerang Amerika Serikat" not in doc.text and "alert" not in doc.text
    assert "Beranda" not in doc.text
    assert doc.title == "Putin di Pyongyang"
    assert doc.date == "2024-06-19"
    assert doc.url == "https://example.org/putin-kim"


def test_jsonl_with_configurable_keys_and_malformed_lines(tmp_path: Path):
    lines = [
        json.dumps({"uid": "n1", "body": ID_TEXT, "headline": "Putin", "link": "https://x.org/1", "published": "2024-06-19T10:00:00"}),
        '{"uid": "n2", "body": "unterminated',
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"uid": "n3", "headline": "no body"}),
        json.dumps({"uid": "n4", "body": EN_TEXT, "lang": "en"}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cols = Columns(text="body", id="uid", title="headline", url="link", date="published", language="lang")
    docs, errors = _read([tmp_path], columns=cols)
    assert [(d.id, d.line, d.lang) for d in docs] == [("n1", 1, "id"), ("n4", 6, "en")]
    assert (docs[0].title, docs[0].url, docs[0].date) == ("Putin", "https://x.org/1", "2024-06-19")
    where = [(e.line, str(e)) for e in errors]
    assert [w[0] for w in where] == [2, 3, 5]
    assert "malformed JSON" in where[0][1] and "feed.jsonl:2" in where[0][1]
    assert "'body'" in where[2][1]


def test_csv_rows_with_multiline_text_and_bad_rows(tmp_path: Path):
    path = tmp_path / "export.csv"
    path.write_text(
        'id,judul,isi_berita,tanggal\n'
        f'1,Putin ke Pyongyang,"{ID_TEXT}\nParagraf kedua, dengan ""kutipan"".",6/19/2024 10:00\n'
        '2,Baris rusak,teks,6/19/2024,kolom lebih\n'
        '3,Kosong,"",6/19/2024\n'
        f'4,Inggris,"{EN_TEXT}",2024-06-20\n',
        encoding="utf-8",
    )
    cols = Columns(text="isi_berita", title="judul", date="tanggal")
    docs, errors = _read([path], columns=cols, date_format="%m/%d/%Y %H:%M")
    assert [(d.id, d.line) for d in docs] == [("1", 2), ("4", 6)]
    assert docs[0].text.endswith('dengan "kutipan".') and docs[0].date == "2024-06-19"
    assert docs[1].date == "2024-06-20" and docs[1].lang == "en"
    assert [(e.line, e.path) for e in errors] == [(4, str(path)), (5, str(path))]
    assert "2 fields" not in str(errors[0]) and "5 fields" in str(errors[0])
    assert "empty document" in str(errors[1])


def test_csv_without_the_text_column_names_the_columns(tmp_path: Path):
    (tmp_path / "x.csv").write_text("id,body\n1,teks\n", encoding="utf-8")
    docs, [err] = _read([tmp_path])
    assert docs == [] and "no 'text' column" in str(err) and "body" in str(err) and err.line == 1


def test_encodings_read_right_or_reported(tmp_path: Path):
    (tmp_path / "bom8.txt").write_bytes(b"\xef\xbb\xbf" + ID_TEXT.encode())
    (tmp_path / "utf16.txt").write_bytes(ID_TEXT.encode("utf-16"))
    latin = "Le Caf\xe9 de la Paix \xe0 Paris accueille Emmanuel Macron. " + ID_TEXT
    (tmp_path / "latin1.txt").write_bytes(latin.encode("latin-1"))
    (tmp_path / "broken.txt").write_bytes("Baris satu ✓\nbaris dua \xff rusak\n".encode("utf-8").replace(b"\xc3\xbf", b"\xff"))
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n \t\n", encoding="utf-8")
    docs, errors = _read([tmp_path])
    by_id = {d.id: d for d in docs}
    assert set(by_id) == {"bom8", "utf16", "latin1"}
    assert by_id["bom8"].text == ID_TEXT and by_id["utf16"].text == ID_TEXT
    assert by_id["latin1"].text.startswith("Le Café de la Paix à Paris")
    reasons = {Path(e.path).name: (e.line, str(e)) for e in errors}
    assert reasons["broken.txt"][0] == 2 and "not valid UTF-8" in reasons["broken.txt"][1]
    assert "binary" in reasons["binary.txt"][1]
    assert "empty" in reasons["empty.txt"][1] and "empty" in reasons["blank.md"][1]


def test_huge_single_line_is_reported_not_extracted(tmp_path: Path):
    big = tmp_path / "big.txt"
    with open(big, "w", encoding="utf-8") as fh:
        chunk = ("Rusia memasok rudal ke Iran " * 40)
        while fh.tell() < 20_000_000:
            fh.write(chunk)
    docs, [err] = _read([tmp_path], lang="id")
    assert docs == [] and "too long" in str(err) and "--max-chars" in str(err)


def test_languages_without_a_lexicon_are_reported(tmp_path: Path):
    (tmp_path / "fr.txt").write_text(FR_TEXT, encoding="utf-8")
    (tmp_path / "id.txt").write_text(ID_TEXT, encoding="utf-8")
    docs, [err] = _read([tmp_path])
    assert [d.id for d in docs] == ["id"]
    assert "'fr'" in str(err) and "no lexicon" in str(err)
    # forcing the language reads it anyway
    docs, errors = _read([tmp_path], lang="id")
    assert len(docs) == 2 and errors == []


def test_duplicate_ids_are_reported(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text(ID_TEXT, encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text(ID_TEXT, encoding="utf-8")
    docs, [err] = _read([tmp_path])
    assert len(docs) == 1 and "duplicate document id 'x'" in str(err) and "a/x.txt" in str(err)


def test_detect_language():
    assert detect_language(ID_TEXT) == "id"
    assert detect_language(EN_TEXT) == "en"
    assert detect_language(FR_TEXT) == "fr"
    assert detect_language("12345 !!! ???") is None


def test_dates():
    assert dateline("Jakarta, Rabu (19/6/2024) - Presiden") == "2024-06-19"
    assert dateline("(31/2/2024) lalu (1/3/2024)") == "2024-03-01"
    assert normalise_date("2024-06-19T20:43:00+07:00") == "2024-06-19"
    assert normalise_date("19/06/2024") == "2024-06-19"
    assert normalise_date("10/21/2025 20:43") == "2025-10-21"  # month first is the only reading
    assert normalise_date("6/7/2024", "Selasa (7/6/2024)") == "2024-06-07"  # the dateline decides
    assert normalise_date("10/21/2025 20:43", fmt="%m/%d/%Y %H:%M") == "2025-10-21"
    assert normalise_date("kemarin") is None


def test_written_datelines_in_both_languages():
    assert dateline("Summit ends in Lima\nSaturday, March 7, 2020\n\nLeaders met on Friday.") == "2020-03-07"
    assert dateline("KTT berakhir\nRabu, 25 Juni 2025 14:05 WIB\nPara pemimpin bertemu.") == "2025-06-25"
    assert dateline("Talks\n4 Jan. 2019 - The ministers met.") == "2019-01-04"
    # a date further down the body is an event's date, not the article's
    assert dateline("Talks resume\n" + "The ministers met again in Geneva. " * 20 + "It began on May 2, 2011.") is None
    assert dateline("On 31 February 2020 nothing happened.") is None


def test_date_from_file_name(tmp_path: Path):
    assert date_from_name("kompas-2025-06-25-menlu-bertemu") == "2025-06-25"
    assert date_from_name("report-2025-13-40") is None and date_from_name("id-12019-01-01") is None
    (tmp_path / "antara-2024-11-02-kunjungan.txt").write_text(ID_TEXT.replace("(19/6/2024)", ""), encoding="utf-8")
    (tmp_path / "tempo-2024-11-02-dated.txt").write_text(ID_TEXT.replace("(19/6/2024)", "(4/3/2024)"), encoding="utf-8")
    docs, errors = _read([tmp_path])
    assert errors == []
    dates = {d.id: d.date for d in docs}
    assert dates == {"antara-2024-11-02-kunjungan": "2024-11-02", "tempo-2024-11-02-dated": "2024-03-04"}


def test_read_document_raises_with_the_file(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="empty.txt"):
        read_document(tmp_path / "empty.txt")


def test_real_detik_export(shared_news: Path):
    cols = Columns(text="isi_berita", title="judul", url="tautan", date="tanggal")
    docs, errors = _read([shared_news], columns=cols, date_format="%m/%d/%Y %H:%M")
    assert errors == []
    assert len(docs) == 1000 and len({d.id for d in docs}) == 1000
    assert all(d.lang == "id" and d.title and d.url.startswith("https://") and d.date for d in docs)
    first = docs[0]
    assert isinstance(first, Document) and first.id == "1" and first.line == 2 and first.date == "2025-10-21"
