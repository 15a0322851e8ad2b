"""Editing answers: preview, save (live for the next message, by SMS too), refusal of broken
and unsafe templates, history, diff, rollback and reset."""

from __future__ import annotations

import re

from aiohttp import ClientResponse
from twilio.request_validator import RequestValidator

from chitext.admin.content import DatabaseOverrides
from chitext.keys import SESSIONMAKER
from tests.chitext.admin.conftest import EDITOR, LOCAL_URL, Client, page_token, sign_in
from tests.support import TWILIO_TOKEN, encoded, twilio_form

HELP = "/admin/templates/en/keywords/help"
NEW_HELP = "ChiTEXT 311 help desk: text your problem and address. STOP to end."


async def _sms(client: Client, body: str, sid: str) -> str:
    form = twilio_form(body, sid)
    signature = RequestValidator(TWILIO_TOKEN).compute_signature(LOCAL_URL + "/twilio/sms", form)
    response = await client.post(
        "/twilio/sms",
        data=encoded(form),
        headers={
            "X-Twilio-Signature": signature,
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    assert response.status == 200
    return await response.text()


async def _save(client: Client, body: str, path: str = HELP, comment: str = "") -> ClientResponse:
    token = await page_token(client, path)
    return await client.post(path, data={"csrf_token": token, "body": body, "comment": comment})


async def test_list_shows_every_template_with_segments(admin_client: Client) -> None:
    await sign_in(admin_client, EDITOR)
    page = await (await admin_client.get("/admin/templates")).text()
    assert "keywords/help" in page and "menu/unknown" in page
    assert "× GSM-7" in page


async def test_preview_endpoint_renders_and_counts(admin_client: Client) -> None:
    await sign_in(admin_client, EDITOR)
    token = await page_token(admin_client, HELP)
    headers = {"X-CSRF-Token": token}
    result = await (
        await admin_client.post(
            "/admin/preview.json",
            json={"key": "keywords/help", "body": "Hola ¿qué tal? 🙂"},
            headers=headers,
        )
    ).json()
    assert result["ok"] is True
    assert result["encoding"] == "UCS-2"
    assert result["segments"] == 1
    assert result["non_gsm"] == ["🙂"]
    broken = await (
        await admin_client.post(
            "/admin/preview.json",
            json={"key": "keywords/help", "body": "Hi\n{% if %}"},
            headers=headers,
        )
    ).json()
    assert broken["ok"] is False and broken["line"] == 2
    without_token = await admin_client.post(
        "/admin/preview.json", json={"key": "keywords/help", "body": "x"}
    )
    assert without_token.status == 403


async def test_saved_answer_is_live_for_the_next_sms_and_rolls_back(
    admin_client: Client,
) -> None:
    before = await _sms(admin_client, "HELP", "SM" + "1" * 32)
    assert NEW_HELP not in before
    await sign_in(admin_client, EDITOR)
    saved = await _save(admin_client, NEW_HELP, comment="shorter help")
    page = await saved.text()
    assert "Saved. Residents get the new text" in page
    assert "shorter help" in page and EDITOR in page
    assert NEW_HELP in await _sms(admin_client, "HELP", "SM" + "2" * 32)

    version_ids = [int(v) for v in re.findall(r"/admin/versions/(\d+)\"", page)]
    assert version_ids, "history lists the saved version"
    version_page = await (await admin_client.get(f"/admin/versions/{version_ids[0]}")).text()
    assert "shipped default" in version_page and "diff_add" in version_page

    # Reset to the shipped text, then roll back to the edit: each is a new version.
    token = await page_token(admin_client, HELP)
    await admin_client.post("/admin/reset/en/keywords/help", data={"csrf_token": token})
    assert NEW_HELP not in await _sms(admin_client, "HELP", "SM" + "3" * 32)
    await admin_client.post(
        f"/admin/versions/{version_ids[0]}/rollback", data={"csrf_token": token}
    )
    assert NEW_HELP in await _sms(admin_client, "HELP", "SM" + "4" * 32)
    history = await (await admin_client.get(HELP)).text()
    assert "rollback" in history and "reset" in history


async def test_broken_and_unsafe_templates_are_refused(admin_client: Client) -> None:
    await sign_in(admin_client, EDITOR)
    broken = await _save(admin_client, "Line one\n{{ unclosed")
    assert broken.status == 422
    text = await broken.text()
    assert "Not saved — line 2" in text
    unknown = await _save(admin_client, "Hi {{ password }}")
    assert "unknown variable(s) password" in await unknown.text()
    unsafe = await _save(admin_client, "{{ ''.__class__.__mro__ }}")
    assert unsafe.status == 422
    assert "unsafe" in await unsafe.text()
    page = await (await admin_client.get(HELP)).text()
    assert "Never edited" in page


async def test_translation_is_outdated_after_the_english_changes(admin_client: Client) -> None:
    await sign_in(admin_client, EDITOR)
    await _save(admin_client, NEW_HELP)
    page = await (await admin_client.get("/admin/templates/es/keywords/help")).text()
    assert "badge-outdated" in page
    assert NEW_HELP in page  # the English shown beside the Spanish box


async def test_overrides_are_seen_by_another_instance(admin_client: Client) -> None:
    # Two instances share the database; each has its own DatabaseOverrides cache.
    other_instance = DatabaseOverrides(admin_client.app[SESSIONMAKER])
    assert await other_instance.current() == {}
    await sign_in(admin_client, EDITOR)
    await _save(admin_client, NEW_HELP)
    assert (await other_instance.current())[("keywords/help", "en")] == NEW_HELP


async def test_unknown_template_is_404(admin_client: Client) -> None:
    await sign_in(admin_client, EDITOR)
    assert (await admin_client.get("/admin/templates/en/no/such")).status == 404
    assert (await admin_client.get("/admin/templates/xx/keywords/help")).status == 404
