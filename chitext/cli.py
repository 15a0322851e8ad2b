"""The `chitext` command."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager

import click
from aiohttp import web

from chitext.admin.commands import admin as admin_group
from chitext.admin.commands import templates as templates_group
from chitext.info.commands import data_group, events_group
from chitext.settings import DEFAULT_HOST, DEFAULT_PORT, Settings, SettingsError
from csr_client.cli import csr_group
from intents.cli import classify_command, eval_command, train_command


def load_settings() -> Settings:
    try:
        return Settings.from_env()
    except SettingsError as exc:
        raise click.ClickException(f"configuration error: {exc}") from None


@click.group()
@click.version_option(package_name="chitext")
def cli() -> None:
    """ChiTEXT: Chicago 311 by text message."""


@cli.command()
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to listen on.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=int, help="Port.")
def serve(host: str, port: int) -> None:
    """Run the gateway: database migrated, model ready, every route mounted."""
    from chitext.app import create_app
    from chitext.logging import configure_logging

    settings = load_settings()
    if settings.public_url is None:
        # With no public URL configured, Twilio signatures are checked against the local one.
        shown_host = "127.0.0.1" if host in {"0.0.0.0", "::"} else host
        settings = dataclasses.replace(settings, public_url=f"http://{shown_host}:{port}")
    configure_logging(settings.log_level)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    app = create_app(settings)

    async def announce(app: web.Application) -> None:
        base = settings.effective_public_url
        click.echo(
            "\n".join(
                [
                    f"ChiTEXT is running on http://{host}:{port}",
                    f"  web chat        {base}/",
                    f"  staff admin     {base}/admin/",
                    f"  Twilio webhook  {base}/twilio/sms   (status: {base}/twilio/status)",
                    f"  JSON API        {base}/api/v1/messages",
                    f"  Open311 (CSR)   {settings.open311_url or base + '/open311/v2'}",
                    f"  health          {base}/healthz  {base}/readyz  {base}/metrics",
                    f"  data            {settings.data_dir}",
                ]
            )
        )

    app.on_startup.append(announce)
    web.run_app(app, host=host, port=port, print=None, access_log=None)


@cli.command()
@click.option(
    "--from",
    "sender",
    default="+13125550100",
    show_default=True,
    help="The resident's phone number for this conversation.",
)
def chat(sender: str) -> None:
    """Talk to ChiTEXT in the terminal, through the same engine as SMS."""
    from chitext.app import create_app
    from chitext.channels.common import normalise_address, now_utc
    from chitext.engine.types import InboundMessage
    from chitext.keys import ENGINE

    try:
        address = normalise_address(sender)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--from") from None
    settings = load_settings()

    async def conversation() -> None:
        runner = web.AppRunner(create_app(settings))
        await runner.setup()
        try:
            engine = runner.app[ENGINE]
            click.echo(f"Chatting as {address}. Ctrl-D to quit.", err=True)
            while True:
                try:
                    text = await asyncio.to_thread(input, "you> ")
                except EOFError:
                    break
                result = await engine.handle(
                    InboundMessage(channel="chat", sender=address, text=text, received_at=now_utc())
                )
                for reply in result.replies:
                    click.echo(f"311> {reply.text}")
                if not result.replies:
                    click.echo("311> (no reply)")
        finally:
            await runner.cleanup()

    asyncio.run(conversation())


@cli.command()
@click.option("--once", is_flag=True, help="Run the jobs that are due now, then exit.")
def worker(once: bool) -> None:
    """Run the background jobs (CSR outbox, outbound sends, notifications) on their own."""
    import signal

    from chitext.app import create_app
    from chitext.keys import OUTBOX_WORKER
    from chitext.logging import configure_logging

    settings = dataclasses.replace(load_settings(), run_worker_in_process=not once)
    configure_logging(settings.log_level)

    async def run() -> None:
        runner = web.AppRunner(create_app(settings))
        await runner.setup()
        try:
            if once:
                done = await runner.app[OUTBOX_WORKER].run_until_idle()
                click.echo(f"ran {done} job(s)", err=True)
                return
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, stop.set)
            click.echo("ChiTEXT worker running; Ctrl-C to stop.", err=True)
            await stop.wait()
        finally:
            await runner.cleanup()

    asyncio.run(run())


@cli.group()
def db() -> None:
    """Database maintenance."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Apply Alembic migrations up to head."""
    from chitext.store.db import upgrade_sync

    settings = load_settings()
    with _step("Migrating the database"):
        upgrade_sync(settings.database_url)


@contextmanager
def _step(message: str) -> Iterator[None]:
    click.echo(f"{message} ...", err=True, nl=False)
    yield
    click.echo(" done", err=True)


cli.add_command(csr_group)
cli.add_command(train_command)
cli.add_command(classify_command)
cli.add_command(eval_command)
cli.add_command(data_group)
cli.add_command(events_group)
cli.add_command(admin_group)
cli.add_command(templates_group)


def main() -> None:
    cli(prog_name="chitext")


if __name__ == "__main__":
    main()
