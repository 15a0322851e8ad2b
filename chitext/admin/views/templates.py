"""The template editor: list, edit with live preview, history, diff, rollback, reset,
and the CSV round trip for translators."""

from __future__ import annotations

from itertools import groupby
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from markupsafe import Markup, escape
from sqlalchemy.ext.asyncio import AsyncSession

from chitext.admin import audit
from chitext.admin.content import (
    VersionAction,
    add_version,
    effective_body,
    get_version,
    history,
    html_diff,
    latest_versions,
    normalise_body,
    ordered_languages,
    template_overview,
)
from chitext.admin.pages import catalog, field, flash_to, ip, redirect, staff
from chitext.admin.transfer import (
    ImportRefused,
    apply_import,
    decode,
    export_rows,
    plan_import,
    to_csv,
)
from chitext.answers.catalog import FALLBACK_LANGUAGE, TemplateCatalog, TemplateError
from chitext.answers.segments import non_gsm_characters
from chitext.keys import SESSIONMAKER

MAX_COMMENT = 500


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/templates", template_list, name="templates")
    router.add_get("/templates/{language}/{key:.+}", edit_form, name="template")
    router.add_post("/templates/{language}/{key:.+}", save, name="template_save")
    router.add_post("/preview.json", preview, name="preview")
    router.add_get("/versions/{id:\\d+}", version_page, name="version")
    router.add_post("/versions/{id:\\d+}/rollback", rollback, name="rollback")
    router.add_post("/reset/{language}/{key:.+}", reset, name="template_reset")
    router.add_get("/export.csv", export_csv, name="export")
    router.add_get("/import", import_form, name="import_form")
    router.add_post("/import", import_preview, name="import_preview")
    router.add_post("/import/confirm", import_confirm, name="import_confirm")


def highlight_non_gsm(text: str) -> Markup:
    """The text with every character that forces UCS-2 wrapped in <mark>."""
    offenders = set(non_gsm_characters(text))
    return Markup("").join(
        Markup('<mark title="not in the GSM-7 alphabet">{}</mark>').format(ch)
        if ch in offenders
        else escape(ch)
        for ch in text
    )


def _known_key(templates: TemplateCatalog, key: str) -> bool:
    # Every template ships in the fallback language, so that is where a key is known.
    return templates.shipped(key, FALLBACK_LANGUAGE) is not None


def _target(request: web.Request) -> tuple[TemplateCatalog, str, str]:
    templates = catalog(request)
    key = request.match_info["key"]
    language = request.match_info["language"]
    if not _known_key(templates, key) or language not in templates.languages:
        raise web.HTTPNotFound(text=f"There is no template {key} in {language}.")
    return templates, key, language


@aiohttp_jinja2.template("templates.html")
async def template_list(request: web.Request) -> dict[str, Any]:
    templates = catalog(request)
    async with request.config_dict[SESSIONMAKER]() as db:
        latest = await latest_versions(db)
    rows = template_overview(templates, latest)
    return {
        "languages": ordered_languages(templates),
        "topics": [(topic, list(items)) for topic, items in groupby(rows, lambda r: r.topic)],
    }


def _preview(templates: TemplateCatalog, key: str, body: str) -> dict[str, Any]:
    try:
        info = templates.validate(key, body)
    except TemplateError as exc:
        return {"ok": False, "error": exc.reason, "line": exc.line}
    text = templates.render(
        key, FALLBACK_LANGUAGE, templates.samples.get(key, {}), {(key, FALLBACK_LANGUAGE): body}
    ).text
    return {
        "ok": True,
        "text": text,
        "encoding": info.encoding,
        "segments": info.segments,
        "units": info.units,
        "non_gsm": list(info.non_gsm_characters),
    }


async def _edit_context(
    request: web.Request,
    key: str,
    language: str,
    body: str | None = None,
    comment: str = "",
    error: TemplateError | None = None,
) -> dict[str, Any]:
    templates = catalog(request)
    async with request.config_dict[SESSIONMAKER]() as db:
        latest = await latest_versions(db)
        versions = await history(db, key, language)
    current = effective_body(templates, latest, key, language)
    source = effective_body(templates, latest, key, FALLBACK_LANGUAGE)
    shown = body if body is not None else (current if current is not None else source or "")
    result = _preview(templates, key, shown)
    overview = {row.key: row for row in template_overview(templates, latest)}[key]
    return {
        "key": key,
        "language": language,
        "languages": ordered_languages(templates),
        "cell": next(c for c in overview.cells if c.language == language),
        "body": shown,
        "comment": comment,
        "has_own_body": current is not None,
        "source": source if language != FALLBACK_LANGUAGE else None,
        "shipped": templates.shipped(key, language),
        "sample": templates.samples.get(key, {}),
        "preview": result,
        "preview_html": highlight_non_gsm(result["text"]) if result["ok"] else None,
        "error": error,
        "versions": versions,
    }


async def edit_form(request: web.Request) -> web.StreamResponse:
    _, key, language = _target(request)
    context = await _edit_context(request, key, language)
    return aiohttp_jinja2.render_template("template_edit.html", request, context)


async def save(request: web.Request) -> web.StreamResponse:
    templates, key, language = _target(request)
    form = await request.post()
    body = normalise_body(field(form, "body"))
    comment = field(form, "comment").strip()[:MAX_COMMENT]
    try:
        info = templates.validate(key, body)
    except TemplateError as exc:
        context = await _edit_context(request, key, language, body, comment, exc)
        response = aiohttp_jinja2.render_template("template_edit.html", request, context)
        response.set_status(422)
        return response
    async with request.config_dict[SESSIONMAKER].begin() as db:
        latest = await latest_versions(db)
        current = effective_body(templates, latest, key, language)
        changed = current is None or normalise_body(current) != body
        if changed:
            await _record_version(
                db, request, key=key, language=language, body=body, action="save",
                comment=comment, audit_action=audit.TEMPLATE_SAVE,
                details={"segments": info.segments},
            )  # fmt: skip
    if changed:
        await flash_to(
            request,
            f"Saved. Residents get the new text from their next message "
            f"({info.segments} segment{'s' if info.segments != 1 else ''}, "
            f"{info.encoding}).",
        )
    else:
        await flash_to(request, "Nothing changed: the text is the same as the current one.", "info")
    raise redirect(request, "template", language=language, key=key)


async def preview(request: web.Request) -> web.StreamResponse:
    data = await request.json()
    templates = catalog(request)
    key = data.get("key") if isinstance(data, dict) else None
    body = data.get("body") if isinstance(data, dict) else None
    if not isinstance(key, str) or not _known_key(templates, key) or not isinstance(body, str):
        raise web.HTTPBadRequest(text='send {"key": <template key>, "body": <text>}')
    return web.json_response(_preview(templates, key, normalise_body(body)))


async def version_page(request: web.Request) -> web.StreamResponse:
    templates = catalog(request)
    async with request.config_dict[SESSIONMAKER]() as db:
        version = await get_version(db, int(request.match_info["id"]))
        if version is None:
            raise web.HTTPNotFound(text="There is no such version.")
        versions = list(await history(db, version.key, version.language))
        latest = await latest_versions(db)
    shipped = templates.shipped(version.key, version.language) or ""
    older = [v for v in versions if v.id < version.id]
    previous = older[0] if older else None

    def text_of(body: str | None) -> str:
        return shipped if body is None else body

    before = text_of(previous.body) if previous else shipped
    before_label = f"version #{previous.id}" if previous else "shipped default"
    current = effective_body(templates, latest, version.key, version.language) or ""
    context = {
        "version": version,
        "body": text_of(version.body),
        "is_current": versions[0].id == version.id,
        "diff_previous": html_diff(
            before, text_of(version.body), before_label, f"version #{version.id}"
        ),
        "diff_current": html_diff(
            text_of(version.body), current, f"version #{version.id}", "in effect now"
        ),
    }
    return aiohttp_jinja2.render_template("version.html", request, context)


async def rollback(request: web.Request) -> web.StreamResponse:
    async with request.config_dict[SESSIONMAKER].begin() as db:
        target = await get_version(db, int(request.match_info["id"]))
        if target is None:
            raise web.HTTPNotFound(text="There is no such version.")
        key, language = target.key, target.language
        await _record_version(
            db, request, key=key, language=language, body=target.body, action="rollback",
            comment=f"rolled back to version #{target.id}",
            audit_action=audit.TEMPLATE_ROLLBACK, details={"to": target.id},
        )  # fmt: skip
    await flash_to(request, f"Rolled back to version #{target.id}; live for the next message.")
    raise redirect(request, "template", language=language, key=key)


async def _record_version(
    db: AsyncSession,
    request: web.Request,
    *,
    key: str,
    language: str,
    body: str | None,
    action: VersionAction,
    comment: str | None,
    audit_action: str,
    details: dict[str, Any],
) -> None:
    """Every editor change to an answer: a new version, audited with who, what and which."""
    user = staff(request)
    version = add_version(
        db, key=key, language=language, body=body, action=action, author=user, comment=comment
    )
    await db.flush()
    audit.record(
        db,
        audit_action,
        actor=user.email,
        subject=f"{key} ({language})",
        ip=ip(request),
        details={"version": version.id, **details},
    )


async def reset(request: web.Request) -> web.StreamResponse:
    templates, key, language = _target(request)
    if templates.shipped(key, language) is None:
        raise web.HTTPBadRequest(text=f"{key} has no shipped text in {language}.")
    async with request.config_dict[SESSIONMAKER].begin() as db:
        await _record_version(
            db, request, key=key, language=language, body=None, action="reset",
            comment="reset to the shipped default", audit_action=audit.TEMPLATE_RESET,
            details={},
        )  # fmt: skip
    await flash_to(request, "Reset to the shipped default; live for the next message.")
    raise redirect(request, "template", language=language, key=key)


async def export_csv(request: web.Request) -> web.StreamResponse:
    async with request.config_dict[SESSIONMAKER]() as db:
        latest = await latest_versions(db)
    body = to_csv(export_rows(catalog(request), latest))
    # The byte-order mark makes Excel open the file as UTF-8 (accents, ñ, ¿ intact).
    return web.Response(
        body=("\ufeff" + body).encode("utf-8"),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": 'attachment; filename="chitext-templates.csv"'},
    )


@aiohttp_jinja2.template("import.html")
async def import_form(request: web.Request) -> dict[str, Any]:
    return {"plan": None, "problems": [], "csv_text": "", "comment": ""}


async def _read_upload(request: web.Request) -> tuple[str, str]:
    form = await request.post()
    try:
        comment = field(form, "comment").strip()[:MAX_COMMENT]
        upload = form.get("file")
        if isinstance(upload, web.FileField):
            return decode(upload.file.read()), comment
        return field(form, "csv_text"), comment
    finally:
        # aiohttp spools uploads to temporary files that only the handler can close.
        for value in form.values():
            if isinstance(value, web.FileField):
                value.file.close()


async def import_preview(request: web.Request) -> web.StreamResponse:
    return await _import(request, confirm=False)


async def import_confirm(request: web.Request) -> web.StreamResponse:
    return await _import(request, confirm=True)


async def _import(request: web.Request, *, confirm: bool) -> web.StreamResponse:
    templates = catalog(request)
    user = staff(request)
    try:
        text, comment = await _read_upload(request)
        async with request.config_dict[SESSIONMAKER].begin() as db:
            # Checked again on confirm: someone may have saved in between.
            plan = plan_import(templates, await latest_versions(db), text)
            if confirm and plan.changes:
                apply_import(db, plan, user, comment or "imported from CSV")
                audit.record(
                    db,
                    audit.TEMPLATE_IMPORT,
                    actor=user.email,
                    subject=f"{len(plan.changes)} template(s)",
                    ip=ip(request),
                    details={"changed": [f"{c.key} ({c.language})" for c in plan.changes]},
                )
    except ImportRefused as refused:
        context: dict[str, Any] = {
            "plan": None,
            "problems": refused.problems,
            "csv_text": "",
            "comment": "",
        }
        response = aiohttp_jinja2.render_template("import.html", request, context)
        response.set_status(422)
        return response
    if confirm:
        await flash_to(
            request, f"Imported {len(plan.changes)} change(s); live for the next message."
        )
        raise redirect(request, "templates")
    diffs = [
        (change, html_diff(change.old or "", change.new, "now", "after import"))
        for change in plan.changes
    ]
    # The confirm form carries only the changed rows (checked again on confirm): the full
    # file would soon outgrow the gateway's request size limit.
    changed_rows = to_csv((c.key, c.language, c.new) for c in plan.changes)
    context = {
        "plan": plan,
        "diffs": diffs,
        "problems": [],
        "csv_text": changed_rows,
        "comment": comment,
    }
    return aiohttp_jinja2.render_template("import.html", request, context)
