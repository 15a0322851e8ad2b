"""The translators' round trip: templates as CSV (`key,language,body`) out and back in.

Import is all-or-nothing: every row is checked first, and one bad row means nothing changes.
Files from spreadsheet tools are welcome: a UTF-8 byte-order mark and CRLF line ends are fine.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

from sqlalchemy.ext.asyncio import AsyncSession

from chitext.admin.content import add_version, effective_body, normalise_body
from chitext.admin.models import StaffUser, TemplateVersion
from chitext.answers.catalog import OverrideKey, TemplateCatalog, TemplateError

COLUMNS: Final = ("key", "language", "body")


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # as a spreadsheet numbers it: the header is row 1
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


class ImportRefused(ValueError):
    """The file cannot be imported; `problems` lists every bad row."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Change:
    row: int
    key: str
    language: str
    old: str | None
    new: str


@dataclass(slots=True)
class ImportPlan:
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0
    skipped_blank: int = 0


def export_rows(
    catalog: TemplateCatalog, latest: Mapping[OverrideKey, TemplateVersion]
) -> list[tuple[str, str, str]]:
    """Every key × language with the body in effect; blank where a language has none yet."""
    return [
        (key, language, effective_body(catalog, latest, key, language) or "")
        for key in catalog.keys()  # noqa: SIM118 (a TemplateCatalog, not a dict)
        for language in catalog.languages
    ]


def to_csv(rows: Iterable[tuple[str, str, str]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue()


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            [RowProblem(1, f"the file is not UTF-8 (byte {exc.start}); save it as CSV UTF-8")]
        ) from None


def plan_import(
    catalog: TemplateCatalog, latest: Mapping[OverrideKey, TemplateVersion], text: str
) -> ImportPlan:
    """What importing `text` would change; raises ImportRefused listing every bad row."""
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    header = [name.strip().lower() for name in next(reader, [])]
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        raise ImportRefused(
            [RowProblem(1, f"the header must name the columns {','.join(COLUMNS)}")]
        )
    position = {name: header.index(name) for name in COLUMNS}
    known_keys = set(catalog.keys())
    plan = ImportPlan()
    problems: list[RowProblem] = []
    seen: dict[OverrideKey, int] = {}
    for row_number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue  # spreadsheets leave empty lines at the end
        if len(cells) < len(header):
            cells = cells + [""] * (len(header) - len(cells))
        key = cells[position["key"]].strip()
        language = cells[position["language"]].strip().lower()
        body = normalise_body(cells[position["body"]])
        if key not in known_keys:
            problems.append(RowProblem(row_number, f"unknown template key {key!r}"))
            continue
        if language not in catalog.languages:
            allowed = ", ".join(catalog.languages)
            problems.append(
                RowProblem(row_number, f"unknown language {language!r} (use one of {allowed})")
            )
            continue
        if (key, language) in seen:
            problems.append(
                RowProblem(row_number, f"{key} ({language}) is also on row {seen[(key, language)]}")
            )
            continue
        seen[(key, language)] = row_number
        current = effective_body(catalog, latest, key, language)
        if not body:
            if current is None:
                plan.skipped_blank += 1  # not translated yet: nothing to import
            else:
                problems.append(RowProblem(row_number, f"{key} ({language}): the body is empty"))
            continue
        try:
            catalog.validate(key, body)
        except TemplateError as exc:
            problems.append(RowProblem(row_number, f"{key} ({language}): {exc}"))
            continue
        if current is not None and normalise_body(current) == body:
            plan.unchanged += 1
        else:
            plan.changes.append(Change(row_number, key, language, current, body))
    if problems:
        raise ImportRefused(problems)
    return plan


def apply_import(
    session: AsyncSession, plan: ImportPlan, author: StaffUser | None, comment: str | None
) -> list[TemplateVersion]:
    """Record one version per change, in the caller's transaction (so all or nothing)."""
    return [
        add_version(
            session,
            key=change.key,
            language=change.language,
            body=change.new,
            action="import",
            author=author,
            comment=comment,
        )
        for change in plan.changes
    ]
