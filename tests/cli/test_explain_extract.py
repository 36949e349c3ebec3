"""kg explain and kg extract as a user runs them, with user-supplied lexicon and gazetteer files."""

import json

from click.testing import CliRunner

from kg.cli import _register, cli

_register()


def test_explain_shows_entities_trigger_rule_and_status():
    r = CliRunner().invoke(cli, ["explain", "Amerika Serikat menuduh Iran memasok drone ke Rusia."])
    assert r.exit_code == 0, r.output
    assert "'Iran' -> IRN" in r.output
    assert "rule=transfer.give" in r.output
    assert "IRN --suppliesWeaponsTo--> RUS  status=claimed" in r.output


def test_explain_says_why_nothing_was_found():
    r = CliRunner().invoke(cli, ["explain", "Rusia memberikan perlindungan politik kepada Korea Utara."])
    assert r.exit_code == 0
    assert "rule=transfer.give" in r.output
    assert "no transferred item" in r.output
    assert "suppliesWeaponsTo" not in r.output


def test_extract_jsonl_has_the_guide_fields(seed_dir):
    r = CliRunner().invoke(cli, ["extract", str(seed_dir), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    recs = [json.loads(line) for line in r.output.splitlines()]
    assert recs
    for rec in recs:
        assert {"doc", "subject", "predicate", "object", "status", "attributed_to", "sentence", "start", "end", "date", "confidence"} <= set(rec)
        assert rec["doc"] == "tribunnews-2024-06-19-putin-kim"
    assert any(r["subject"].get("wikidata") == "Q159" and r["predicate"] == "suppliesTechnologyTo" for r in recs)


def test_user_gazetteer_and_lexicon_extend_without_code(tmp_path):
    gaz = tmp_path / "my_actors.tsv"
    gaz.write_text("key\ttype\twikidata\tacts_for\tlabel_en\tlabel_id\taliases\n"
                   "ruritania_army\tOrganization\t\tPOL\tRuritanian Army\tTentara Ruritania\tTentara Ruritania\n", encoding="utf-8")
    lex = tmp_path / "my_triggers.jsonl"
    lex.write_text('{"id": "user.rangkul", "relation": "supports", "roots": ["rangkul"], "templates": ["meN{R}"], "object": [""]}\n',
                   encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("Tentara Ruritania merangkul Lituania.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(doc), "--format", "jsonl", "--gazetteer", str(gaz), "--lexicon", str(lex)])
    assert r.exit_code == 0, r.output
    recs = [json.loads(line) for line in r.output.splitlines()]
    assert [(x["subject"]["key"], x["predicate"], x["object"]["key"]) for x in recs] == [("ruritania_army", "supports", "LTU")]


def test_bad_lexicon_line_is_reported_with_file_and_line(tmp_path):
    lex = tmp_path / "bad.jsonl"
    lex.write_text('{"id": "ok", "relation": "supports", "roots": ["rangkul"]}\n{not json}\n', encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("Rusia merangkul Iran.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(doc), "--lexicon", str(lex)])
    assert r.exit_code != 0
    assert f"{lex}:2" in (r.output + str(r.exception))


def test_extract_detects_each_documents_language_by_default(tmp_path):
    """The evaluation runs `kg extract PATH --format jsonl` over Indonesian and English articles alike."""
    (tmp_path / "id.txt").write_text("Jepang mengecam peluncuran rudal balistik oleh Korea Utara pada Senin pagi.\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Japan on Monday condemned North Korea's launch of a ballistic missile over the sea.\n", encoding="utf-8")
    (tmp_path / "fr.txt").write_text("Le Japon a condamné lundi le lancement d'un missile balistique par la Corée du Nord.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(tmp_path), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    got = {(x["doc"], x["subject"]["key"], x["predicate"], x["object"]["key"]) for x in map(json.loads, r.stdout.splitlines())}
    assert got == {("id", "JPN", "opposes", "PRK"), ("en", "JPN", "opposes", "PRK")}
    assert "fr.txt" in r.stderr and "no lexicon" in r.stderr
    r = CliRunner().invoke(cli, ["extract", str(tmp_path / "en.txt"), "--lang", "id", "--format", "jsonl"])
    assert r.stdout.strip() == ""  # told it is Indonesian, the English text yields nothing


def test_library_extract_detects_the_language_like_the_command(tmp_path):
    import kg

    (tmp_path / "id.txt").write_text("Jepang mengecam peluncuran rudal balistik oleh Korea Utara pada Senin pagi.\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Japan on Monday condemned North Korea's launch of a ballistic missile over the sea.\n", encoding="utf-8")
    got = {(st.doc, st.subject.key, st.predicate, st.object.key) for st in kg.extract([tmp_path])}
    assert got == {("id", "JPN", "opposes", "PRK"), ("en", "JPN", "opposes", "PRK")}
    assert kg.extract([tmp_path / "en.txt"], lang="id") == []


def test_explain_detects_the_language_of_the_sentence():
    """An English sentence is read with the English lexicon without --lang (it used to be read as Indonesian
    and explained as finding nothing); a language kg has no lexicon for is a usage error that says what to do."""
    r = CliRunner().invoke(cli, ["explain", "Japan condemned North Korea's missile launch."])
    assert r.exit_code == 0, r.output
    assert "JPN --opposes--> PRK" in r.output and "[kept]" in r.output
    r = CliRunner().invoke(cli, ["explain", "Le Japon a condamné le lancement de missiles par la Corée du Nord."])
    assert r.exit_code == 2 and "language 'fr'" in r.output and "--lang" in r.output
    r = CliRunner().invoke(cli, ["explain", "Japan condemned North Korea's missile launch.", "--lang", "id"])
    assert "JPN --opposes--> PRK" not in r.output  # the Indonesian lexicon, as asked
