"""The translators' CSV: export, import all-or-nothing, and the commands."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from chitext.admin.transfer import ImportRefused, export_rows, plan_import, to_csv
from chitext.answers.catalog import default_catalog
from chitext.cli import cli
from chitext.settings import Settings
from tests.chitext.admin.conftest import ADMIN, EDITOR, Client, page_token, sign_in

CATALOG = default_catalog()


def _rows_with(changes: dict[tuple[str, str], str]) -> list[list[str]]:
    rows = [list(row) for row in export_rows(CATALOG, {})]
    for row in rows:
        if (row[0], row[1]) in changes:
            row[2] = changes[(row[0], row[1])]
    return rows


def _spreadsheet_csv(rows: list[list[str]]) -> str:
    """What Excel writes: a byte-order mark, CRLF line ends, quoted multi-line cells."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["key", "language", "body"])
    writer.writerows(rows)
    return "\ufeff" + buffer.getvalue()


def test_untouched_export_imports_as_no_change() -> None:
    plan = plan_import(CATALOG, {}, to_csv(export_rows(CATALOG, {})))
    assert plan.changes == []
    total = len(CATALOG.keys()) * len(CATALOG.languages)
    # Languages shipped only in part export blank rows: skipped, not errors.
    assert plan.unchanged + plan.skipped_blank == total
    assert plan.unchanged >= 2 * len(CATALOG.keys())


def test_spreadsheet_edit_is_planned_with_crlf_and_bom() -> None:
    text = _spreadsheet_csv(_rows_with({("keywords/help", "es"): "Línea uno\r\nLínea dos"}))
    plan = plan_import(CATALOG, {}, text)
    assert [(c.key, c.language, c.new) for c in plan.changes] == [
        ("keywords/help", "es", "Línea uno\nLínea dos")
    ]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (("keywords/help", "en", "{{ ''.__class__.__mro__ }}"), "unsafe"),
        (("keywords/help", "en", "Hi {% if %}"), "line 1"),
        (("keywords/help", "en", ""), "the body is empty"),
    ],
)
def test_one_bad_row_refuses_the_file(change: tuple[str, str, str], reason: str) -> None:
    key, language, body = change
    rows = _rows_with({("menu/main", "es"): "Menú nuevo", (key, language): body})
    with pytest.raises(ImportRefused) as refused:
        plan_import(CATALOG, {}, _spreadsheet_csv(rows))
    (problem,) = refused.value.problems
    expected_row = 2 + next(i for i, r in enumerate(rows) if (r[0], r[1]) == (key, language))
    assert problem.row == expected_row
    assert reason in problem.reason


def test_unknown_key_language_and_duplicates_are_reported_by_row() -> None:
    text = "key,language,body\r\nno/such,en,Hi\r\nkeywords/help,xx,Hi\r\n"
    text += "keywords/help,en,One\r\nkeywords/help,en,Two\r\n"
    with pytest.raises(ImportRefused) as refused:
        plan_import(CATALOG, {}, text)
    problems = [str(p) for p in refused.value.problems]
    assert problems[0] == "row 2: unknown template key 'no/such'"
    assert problems[1].startswith("row 3: unknown language 'xx' (use one of ")
    assert problems[2] == "row 5: keywords/help (en) is also on row 4"
    assert len(problems) == 3


def test_missing_header_is_refused() -> None:
    with pytest.raises(ImportRefused, match="row 1: the header"):
        plan_import(CATALOG, {}, "template,lang,text\r\n")


def _invoke(settings: Settings, *args: str, input: str | None = None) -> Result:
    env = {
        "CHITEXT_DATA_DIR": str(settings.data_dir),
        "CHITEXT_DATABASE_URL": settings.database_url,
    }
    return CliRunner().invoke(cli, list(args), env=env, input=input)


def test_commands_round_trip(settings: Settings, tmp_path: Path) -> None:
    exported = tmp_path / "templates.csv"
    result = _invoke(settings, "templates", "export", str(exported))
    assert result.exit_code == 0, result.output
    data = exported.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfkey,language,body\r\n")

    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    bad = [row[:] for row in rows]
    for row in bad:
        if row[:2] == ["menu/main", "en"]:
            row[2] = "{{ nope"
    bad_file = tmp_path / "bad.csv"
    bad_file.write_text(_spreadsheet_csv(bad[1:]), encoding="utf-8")
    refused = _invoke(settings, "templates", "import", str(bad_file))
    assert refused.exit_code == 1
    assert "row " in refused.output and "Nothing was imported" in refused.output

    for row in rows:
        if row[:2] == ["keywords/help", "es"]:
            row[2] = "Ayuda de ChiTEXT 311. Responde ALTO para salir."
    good_file = tmp_path / "good.csv"
    good_file.write_text(_spreadsheet_csv(rows[1:]), encoding="utf-8")
    imported = _invoke(settings, "templates", "import", str(good_file))
    assert imported.exit_code == 0, imported.output
    assert "changed  keywords/help (es)" in imported.output

    listing = _invoke(settings, "templates", "list")
    assert "keywords/help\tes\tGSM-7\t1\tedited" in listing.output
    assert "menu/main\ten\tGSM-7\t" in listing.output


def test_add_user_command(settings: Settings) -> None:
    weak = _invoke(
        settings,
        "admin",
        "add-user",
        "a@b.org",
        "--role",
        "editor",
        "--password-stdin",
        input="short\n",
    )
    assert weak.exit_code == 1
    assert "at least 12 characters" in weak.output
    prompted = _invoke(
        settings,
        "admin",
        "add-user",
        "A@B.org",
        "--role",
        "admin",
        input="a long enough passphrase\na long enough passphrase\n",
    )
    assert prompted.exit_code == 0, prompted.output
    assert "Added a@b.org as admin" in prompted.output
    again = _invoke(
        settings,
        "admin",
        "add-user",
        "a@b.org",
        "--role",
        "editor",
        "--password-stdin",
        input="another long passphrase\n",
    )
    assert again.exit_code == 1 and "already exists" in again.output


async def test_upload_preview_then_confirm(admin_client: Client) -> None:
    await sign_in(admin_client, EDITOR)
    token = await page_token(admin_client, "/admin/import")
    text = _spreadsheet_csv(
        _rows_with({("menu/thanks", "es"): "¡De nada! Escríbenos cuando quieras."})
    )
    form = {"csrf_token": token, "comment": "review", "file": io.BytesIO(text.encode("utf-8"))}
    preview = await admin_client.post("/admin/import", data=form)
    page = await preview.text()
    assert preview.status == 200 and "1 change" in page and "menu/thanks" in page
    export_before = await (await admin_client.get("/admin/export.csv")).text()
    assert "Escríbenos cuando quieras" not in export_before  # nothing saved before confirming

    confirm = await admin_client.post(
        "/admin/import/confirm", data={"csrf_token": token, "comment": "review", "csv_text": text}
    )
    assert "Imported 1 change(s)" in await confirm.text()
    export_after = await (await admin_client.get("/admin/export.csv")).text()
    assert "¡De nada! Escríbenos cuando quieras." in export_after

    bad = _spreadsheet_csv(_rows_with({("menu/thanks", "en"): "{{ oops"}))
    refused = await admin_client.post(
        "/admin/import",
        data={"csrf_token": token, "file": io.BytesIO(bad.encode("utf-8"))},
    )
    assert refused.status == 422
    assert "Nothing was imported" in await refused.text()
    await sign_in(admin_client, ADMIN)
    assert "template import" in await (await admin_client.get("/admin/audit")).text()
