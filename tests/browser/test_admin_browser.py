"""The admin in a real browser: Debian's chromium driven by Playwright against the real app.

Screenshots of the main pages land in test-artifacts/screenshots/ (gitignored).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from playwright.async_api import Browser, Page, async_playwright, expect

from chitext.admin import accounts
from chitext.app import create_app
from chitext.keys import SESSIONMAKER
from chitext.settings import Settings
from tests.support import ScriptedUnderstander

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
EDITOR = "maria.lopez@cityofchicago.org"
PASSWORD = "lake michigan breeze 311"
NEW_HELP = "ChiTEXT 311 help: text a problem and its address, or STATUS + your number. STOP ends."


@pytest.fixture
async def base_url(settings: Settings, understander: ScriptedUnderstander) -> AsyncIterator[str]:
    """The real app on 127.0.0.1 and a free port, in this test's event loop."""
    app = create_app(
        dataclasses.replace(settings, public_url="http://127.0.0.1"), understander=understander
    )
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    async with app[SESSIONMAKER].begin() as session:
        await accounts.add_user(session, EDITOR, PASSWORD, "admin")
    try:
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            await launched.close()


async def shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


async def simulate(page: Page, base_url: str, text: str) -> None:
    await page.goto(f"{base_url}/admin/simulator")
    await page.get_by_label("Message").fill(text)
    await page.get_by_role("button", name="Send").click()


async def test_editor_changes_previews_tries_and_rolls_back(
    browser: Browser, base_url: str
) -> None:
    page = await browser.new_page(viewport={"width": 1280, "height": 860})
    await page.goto(f"{base_url}/admin/templates")
    await expect(page).to_have_url(re.compile(r"/admin/sign-in\?next="))
    await shot(page, "01-sign-in")
    await page.get_by_label("Email").fill(EDITOR)
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Sign in").click()
    await expect(page.get_by_role("heading", name="Answers and prompts")).to_be_visible()
    await shot(page, "03-templates")

    await page.get_by_label("Edit keywords/help in en").click()
    box = page.get_by_label("Text residents receive")
    await box.fill(NEW_HELP + " 🙂")
    # The preview follows the typing: emoji force UCS-2 and are highlighted.
    await expect(page.locator("#preview-text")).to_contain_text("STOP ends.")
    await expect(page.locator("#preview-encoding")).to_have_text("UCS-2")
    await expect(page.locator("#preview-text mark")).to_have_text("🙂")
    await expect(page.locator("#preview-segments")).to_have_text("2")
    await box.fill(NEW_HELP)
    await expect(page.locator("#preview-encoding")).to_have_text("GSM-7")
    await expect(page.locator("#preview-segments")).to_have_text("1")
    await page.get_by_label("What changed and why (optional)").fill("shorter help text")
    await shot(page, "04-editor")
    await page.get_by_role("button", name="Save").click()
    await expect(page.get_by_role("status")).to_contain_text("Saved.")

    await simulate(page, base_url, "HELP")
    await expect(page.locator(".msg-out .bubble").last).to_have_text(NEW_HELP)
    await shot(page, "05-simulator")

    # A broken template: the preview says why while typing, and saving is refused.
    await page.goto(f"{base_url}/admin/templates/en/keywords/help")
    await page.get_by_label("Text residents receive").fill("Help\n{{ ''.__class__.__mro__ }}")
    await expect(page.locator("#preview-error")).to_contain_text("unsafe")
    await page.get_by_role("button", name="Save").click()
    await expect(page.get_by_role("alert")).to_contain_text("Not saved")
    await shot(page, "06-refused")

    # Roll back to the shipped text (the history's last row), then the simulator agrees.
    await page.goto(f"{base_url}/admin/templates/en/keywords/help")
    await page.get_by_role("button", name="Reset to shipped default").click()
    await expect(page.get_by_role("status")).to_contain_text("shipped default")
    await page.get_by_role("button", name=re.compile("Roll back to version")).first.click()
    await expect(page.get_by_role("status")).to_contain_text("Rolled back")
    await shot(page, "07-history")
    await simulate(page, base_url, "HELP")
    await expect(page.locator(".msg-out .bubble").last).to_have_text(NEW_HELP)
    await page.get_by_role("button", name="Start over").click()

    await page.goto(f"{base_url}/admin/templates/en/keywords/help")
    await page.get_by_role("link", name=re.compile(r"#\d+")).last.click()
    await expect(page.get_by_role("heading", name=re.compile("Version #"))).to_be_visible()
    await shot(page, "08-version-diff")

    for path, name in [
        ("/admin/", "02-home"),
        ("/admin/inbox", "09-inbox"),
        ("/admin/reports", "10-reports"),
        ("/admin/users", "11-users"),
        ("/admin/audit", "12-audit"),
        ("/admin/import", "13-import"),
    ]:
        await page.goto(base_url + path)
        await shot(page, name)

    phone_context = await browser.new_context(
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        storage_state=await page.context.storage_state(),
    )
    phone = await phone_context.new_page()
    await phone.goto(f"{base_url}/admin/templates/es/keywords/help")
    await expect(phone.get_by_label("Text residents receive")).to_be_visible()
    await shot(phone, "14-editor-phone")
