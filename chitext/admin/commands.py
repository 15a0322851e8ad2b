"""`chitext admin ...` and `chitext templates ...`: accounts and the translators' CSV."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import click
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chitext.admin import audit
from chitext.admin.accounts import AccountError, add_user, check_password_rule
from chitext.admin.content import latest_versions, template_overview
from chitext.admin.models import ROLES
from chitext.admin.transfer import (
    ImportRefused,
    apply_import,
    decode,
    export_rows,
    plan_import,
    to_csv,
)
from chitext.answers.catalog import default_catalog
from chitext.settings import Settings
from chitext.store import db

T = TypeVar("T")
CLI_ACTOR = "command line"


def _settings() -> Settings:
    from chitext.cli import load_settings

    return load_settings()


def _run(work: Callable[[async_sessionmaker[AsyncSession]], Awaitable[T]]) -> T:
    """Migrate the database, then run `work` with a session factory on it."""
    settings = _settings()
    db.upgrade_sync(settings.database_url)

    async def main() -> T:
        engine = db.create_engine(settings.database_url)
        try:
            return await work(db.create_sessionmaker(engine))
        finally:
            await engine.dispose()

    return asyncio.run(main())


@click.group()
def admin() -> None:
    """Staff accounts for the /admin/ web UI."""


@admin.command("add-user")
@click.argument("email")
@click.option("--role", type=click.Choice(ROLES), required=True, help="editor or admin.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def add_user_command(email: str, role: str, password_stdin: bool) -> None:
    """Create a staff account (the first one is usually an admin)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        check_password_rule(password)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None

    async def create(sessionmaker: async_sessionmaker[AsyncSession]) -> str:
        async with sessionmaker.begin() as session:
            user = await add_user(session, email, password, role)
            audit.record(
                session, audit.USER_ADD, actor=CLI_ACTOR, subject=user.email, details={"role": role}
            )
            return user.email

    try:
        created = _run(create)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Added {created} as {role}. Sign in at /admin/.")


@click.group()
def templates() -> None:
    """Answer templates: list them, and the CSV translators exchange."""


@templates.command("list")
def list_command() -> None:
    """Every template and language with its SMS encoding and segment count (sample data)."""

    async def overview(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        async with sessionmaker() as session:
            latest = await latest_versions(session)
        click.echo("key\tlanguage\tencoding\tsegments\tstatus")
        for row in template_overview(default_catalog(), latest):
            for cell in row.cells:
                encoding = cell.segments.encoding if cell.segments else "-"
                segments = str(cell.segments.segments) if cell.segments else "-"
                click.echo(f"{row.key}\t{cell.language}\t{encoding}\t{segments}\t{cell.status}")

    _run(overview)


@templates.command("export")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
def export_command(file: Path) -> None:
    """Write key,language,body for every template and language (blank: not translated yet)."""

    async def export(sessionmaker: async_sessionmaker[AsyncSession]) -> list[tuple[str, str, str]]:
        async with sessionmaker() as session:
            return export_rows(default_catalog(), await latest_versions(session))

    rows = _run(export)
    text = to_csv(rows)
    if str(file) == "-":
        click.echo(text, nl=False)
        return
    # With the byte-order mark, Excel opens the file as UTF-8 (ñ, ¿ and á intact).
    file.write_text("\ufeff" + text, encoding="utf-8", newline="")
    click.echo(f"Wrote {len(rows)} rows to {file}.", err=True)


@templates.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Only report what would change.")
@click.option(
    "--comment",
    default="imported from CSV",
    show_default=True,
    help="Shown in each template's history.",
)
def import_command(file: Path, dry_run: bool, comment: str) -> None:
    """Import a CSV: all rows or nothing; a bad row is reported with its number (exit 1)."""
    catalog = default_catalog()
    data = file.read_bytes()

    async def load(sessionmaker: async_sessionmaker[AsyncSession]) -> int:
        text = decode(data)
        async with sessionmaker.begin() as session:
            plan = plan_import(catalog, await latest_versions(session), text)
            for change in plan.changes:
                click.echo(
                    f"{'would change' if dry_run else 'changed'}  {change.key} "
                    f"({change.language})  row {change.row}"
                )
            if not dry_run and plan.changes:
                apply_import(session, plan, None, comment)
                audit.record(
                    session,
                    audit.TEMPLATE_IMPORT,
                    actor=CLI_ACTOR,
                    subject=f"{len(plan.changes)} template(s)",
                    details={"file": file.name},
                )
        click.echo(
            f"{len(plan.changes)} changed, {plan.unchanged} unchanged, "
            f"{plan.skipped_blank} blank (skipped)"
            + (" — dry run, nothing saved" if dry_run else ""),
            err=True,
        )
        return len(plan.changes)

    try:
        _run(load)
    except ImportRefused as refused:
        for problem in refused.problems:
            click.echo(f"{file}: {problem}", err=True)
        click.echo("Nothing was imported.", err=True)
        sys.exit(1)
