"""The report dialog: where, what the service definition requires, a photo, a confirmation.

One dialog kind ("report") serves all eight request types; what it asks comes from the
service's definition (required attributes only). Its state is a `DialogSnapshot` whose `data`
holds what has been collected so far:

    {"kind": "pothole", "location": {"label", "lat", "long"}, "attributes": {code: value},
     "details_done": true, "description": "...", "media": [url, ...], "duplicate_checked": label}

The next question is always derived from what is still missing (`next_step`), so CHANGE only
has to forget one answer. A confirmed report is stored with its `csr_submit` job in the turn's
own transaction; nothing is sent to the CSR from inside the webhook.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any, Final

from sqlalchemy.ext.asyncio import AsyncSession

from chitext.engine.context import (
    DialogOutcome,
    DialogSnapshot,
    HandlerResult,
    TurnContext,
)
from chitext.engine.types import Reply
from chitext.geo import LocationFailure
from chitext.outbox.jobs import enqueue
from chitext.servicerequests import answers
from chitext.servicerequests.csr import CSR_CLIENT, DEFINITIONS, INTERACTIVE_TIMEOUT_SECONDS
from chitext.servicerequests.kinds import (
    ATTRIBUTE_PROMPTS,
    KIND_BY_INTENT,
    KIND_BY_NAME,
    VALUE_LABELS,
    VALUE_SYNONYMS,
    IntakeKind,
    kind_name,
    value_label,
)
from chitext.servicerequests.location import (
    GEOCODER,
    Located,
    distance_metres,
    locate_in_message,
    located_from,
)
from chitext.servicerequests.models import QUEUED, ResidentRequest
from csr_client import (
    AttributeDatatype,
    Open311Error,
    RequestQuery,
    RequestStatus,
    ServiceAttribute,
    ServiceDefinition,
    ServiceRequest,
)
from csr_client.validation import MAX_DESCRIPTION_LENGTH
from intents.keywords import fold

log = logging.getLogger(__name__)

REPORT_DIALOG: Final = "report"
CSR_SUBMIT: Final = "csr_submit"
# With the outbox's capped exponential backoff this keeps trying for about a day.
SUBMIT_MAX_ATTEMPTS: Final = 30
# An answer we cannot use is asked again at most this many times, then we offer a way out.
MAX_RETRIES: Final = 2
MAX_PHOTOS: Final = 3
# "Same place": about half a Chicago block (the grid puts 8 blocks in a mile).
DUPLICATE_RADIUS_METRES: Final = 50.0
DUPLICATE_SEARCH_SIZE: Final = 200
MAX_TEXT_ANSWER: Final = 200

STEP_LOCATION: Final = "location"
STEP_DUPLICATE: Final = "duplicate"
STEP_DETAILS: Final = "details"
STEP_CONFIRM: Final = "confirm"
STEP_CHANGE: Final = "change"
STEP_NOTIFY: Final = "notify"
ATTRIBUTE_STEP_PREFIX: Final = "attr:"


# --- entry point: the handler for the eight report intents ---------------------------------


async def start_report(ctx: TurnContext) -> HandlerResult:
    kind = KIND_BY_INTENT[ctx.understanding.intent]
    data: dict[str, Any] = {"kind": kind.name, "attributes": {}, "media": []}
    _collect_photos(ctx, data)
    geocoder = ctx.services.get(GEOCODER)
    found = await locate_in_message(
        geocoder, ctx.message.text, ctx.understanding.entities, whole_text=False
    )
    if isinstance(found, Located):
        data["location"] = found.as_data()
        outcome = await _advance(ctx, data)
    else:
        # A place was named but cannot be used: say why right away instead of asking blindly.
        reason = found.reason.value if isinstance(found, LocationFailure) else ""
        outcome = _ask(ctx, data, STEP_LOCATION, retries=0, reason=reason)
    return HandlerResult(outcome.replies, dialog=outcome.state, handoff=outcome.handoff)


# --- the dialog step -----------------------------------------------------------------------


async def report_step(ctx: TurnContext, state: DialogSnapshot) -> DialogOutcome:
    data = dict(state.data)
    photo_added = _collect_photos(ctx, data)
    step = state.step
    if step == STEP_NOTIFY:
        return await _notify_step(ctx, data)
    if photo_added and not ctx.message.text.strip() and step != STEP_DETAILS:
        # A photo on its own is welcome at any point; the question still stands.
        definition = await _definition(ctx, data)
        return _ask(
            ctx, data, step, retries=state.retries, photo_received=True, definition=definition
        )
    if step == STEP_LOCATION:
        return await _location_step(ctx, data, state)
    if step == STEP_DUPLICATE:
        return await _duplicate_step(ctx, data, state)
    if step.startswith(ATTRIBUTE_STEP_PREFIX):
        return await _attribute_step(ctx, data, state, step.removeprefix(ATTRIBUTE_STEP_PREFIX))
    if step == STEP_DETAILS:
        return await _details_step(ctx, data)
    if step == STEP_CONFIRM:
        return await _confirm_step(ctx, data, state)
    if step == STEP_CHANGE:
        return await _change_step(ctx, data, state)
    log.warning("report dialog in unknown step %r; starting the questions again", step)
    return await _advance(ctx, data)


async def _location_step(
    ctx: TurnContext, data: dict[str, Any], state: DialogSnapshot
) -> DialogOutcome:
    geocoder = ctx.services.get(GEOCODER)
    found = await locate_in_message(
        geocoder, ctx.message.text, ctx.understanding.entities, whole_text=True
    )
    if not isinstance(found, Located):
        reason = found.reason.value if isinstance(found, LocationFailure) else "not_understood"
        return await _retry(ctx, data, state, reason=reason)
    data["location"] = found.as_data()
    return await _advance(ctx, data)


async def _duplicate_step(
    ctx: TurnContext, data: dict[str, Any], state: DialogSnapshot
) -> DialogOutcome:
    text = ctx.message.text
    if answers.is_new(text) or answers.is_yes(text):
        data["duplicate_ignored"] = True
        return await _advance(ctx, data)
    if answers.is_no(text):
        duplicate = data.get("duplicate", {})
        return DialogOutcome(
            [Reply("requests/duplicate_kept", {"number": duplicate.get("number", "")})], None
        )
    return await _retry(ctx, data, state)


async def _attribute_step(
    ctx: TurnContext, data: dict[str, Any], state: DialogSnapshot, code: str
) -> DialogOutcome:
    definition = await _definition(ctx, data)
    attribute = next((a for a in definition.attributes if a.code == code), None)
    if attribute is None:
        # The definition changed under an open dialog: ask whatever is still missing.
        return await _advance(ctx, data)
    value = parse_attribute_answer(attribute, ctx.message.text)
    if value is None:
        return await _retry(ctx, data, state)
    data["attributes"] = {**data.get("attributes", {}), code: value}
    return await _advance(ctx, data)


async def _details_step(ctx: TurnContext, data: dict[str, Any]) -> DialogOutcome:
    text = ctx.message.text.strip()
    if text and not answers.is_skip(text):
        data["description"] = text[:MAX_DESCRIPTION_LENGTH]
    data["details_done"] = True
    return await _advance(ctx, data)


async def _confirm_step(
    ctx: TurnContext, data: dict[str, Any], state: DialogSnapshot
) -> DialogOutcome:
    text = ctx.message.text
    if answers.is_yes(text):
        request_id = await _save_report(ctx, data)
        name = kind_name(data["kind"], ctx.language)
        return DialogOutcome(
            [Reply("requests/saved", {"kind": name})],
            DialogSnapshot(REPORT_DIALOG, STEP_NOTIFY, {"request_id": request_id}),
        )
    if answers.is_no(text):
        return DialogOutcome([Reply("requests/cancelled")], None)
    if answers.is_change(text):
        return await _ask_change(ctx, data)
    return await _retry(ctx, data, state)


async def _ask_change(ctx: TurnContext, data: dict[str, Any]) -> DialogOutcome:
    fields = await _changeable_fields(ctx, data)
    return _ask(ctx, data, STEP_CHANGE, retries=0, fields=fields)


async def _change_step(
    ctx: TurnContext, data: dict[str, Any], state: DialogSnapshot
) -> DialogOutcome:
    fields = await _changeable_fields(ctx, data)
    number = answers.whole_number(ctx.message.text)
    if number is None or not 1 <= number <= len(fields):
        return await _retry(ctx, data, state, fields=fields)
    field = fields[number - 1]["field"]
    if field == STEP_LOCATION:
        data.pop("location", None)
        data.pop("duplicate_checked", None)
        data.pop("duplicate_ignored", None)
    elif field == STEP_DETAILS:
        data.pop("details_done", None)
        data.pop("description", None)
    else:
        data["attributes"] = {
            code: value for code, value in data.get("attributes", {}).items() if code != field
        }
    return await _advance(ctx, data)


async def _notify_step(ctx: TurnContext, data: dict[str, Any]) -> DialogOutcome:
    text = ctx.message.text
    wants = True if answers.is_yes(text) else False if answers.is_no(text) else None
    if wants is None:
        # The question was optional: the engine answers anything else as a new message.
        return DialogOutcome([], None, unanswered=True)
    async with _turn_session(ctx) as session:
        row = await session.get(ResidentRequest, int(data["request_id"]))
        if row is not None and row.resident_id == ctx.resident.id:
            row.notify = wants
    return DialogOutcome([Reply("requests/notify_on" if wants else "requests/notify_off")], None)


# --- moving forward --------------------------------------------------------------------------


async def _definition(ctx: TurnContext, data: Mapping[str, Any]) -> ServiceDefinition:
    kind = KIND_BY_NAME[data["kind"]]
    return await ctx.services.get(DEFINITIONS).get(kind.service_code)


def questions(definition: ServiceDefinition) -> tuple[ServiceAttribute, ...]:
    """What the definition requires from the resident, in its order; nothing optional."""
    return definition.required_attributes


def next_step(data: Mapping[str, Any], definition: ServiceDefinition) -> str:
    if "location" not in data:
        return STEP_LOCATION
    answered = data.get("attributes", {})
    for attribute in questions(definition):
        if attribute.code not in answered:
            return ATTRIBUTE_STEP_PREFIX + attribute.code
    if not data.get("details_done"):
        return STEP_DETAILS
    return STEP_CONFIRM


async def _advance(ctx: TurnContext, data: dict[str, Any]) -> DialogOutcome:
    """Ask the next missing thing; first, once per place, look for an open duplicate."""
    location = located_from(data.get("location"))
    if (
        location is not None
        and data.get("duplicate_checked") != location.label
        and not data.get("duplicate_ignored")
    ):
        data["duplicate_checked"] = location.label
        duplicate = await find_duplicate(ctx, KIND_BY_NAME[data["kind"]], location)
        if duplicate is not None:
            data["duplicate"] = {
                "number": duplicate.service_request_id,
                "date": _date(duplicate.requested_datetime),
            }
            return _ask(ctx, data, STEP_DUPLICATE, retries=0)
    definition = await _definition(ctx, data)
    return _ask(ctx, data, next_step(data, definition), retries=0, definition=definition)


def _ask(
    ctx: TurnContext,
    data: dict[str, Any],
    step: str,
    *,
    retries: int,
    reason: str = "",
    photo_received: bool = False,
    definition: ServiceDefinition | None = None,
    fields: list[dict[str, Any]] | None = None,
) -> DialogOutcome:
    """The question for `step` (again, with an example, when `retries` > 0)."""
    retry = retries > 0
    name = kind_name(data["kind"], ctx.language)
    base: dict[str, Any] = {"kind": name, "retry": retry, "photo_received": photo_received}
    reply: Reply
    if step == STEP_LOCATION:
        reply = Reply("requests/ask_location", {**base, "reason": reason})
    elif step == STEP_DUPLICATE:
        duplicate = data["duplicate"]
        location = located_from(data["location"])
        address = location.label if location else ""
        reply = Reply(
            "requests/duplicate",
            {**base, "number": duplicate["number"], "date": duplicate["date"], "address": address},
        )
    elif step.startswith(ATTRIBUTE_STEP_PREFIX):
        reply = _attribute_question(ctx, data, step, base, definition)
    elif step == STEP_DETAILS:
        reply = Reply("requests/ask_details", {**base, "photos": len(data.get("media", []))})
    elif step == STEP_CONFIRM:
        reply = Reply("requests/confirm", {**base, **_summary(ctx, data, definition)})
    elif step == STEP_CHANGE:
        reply = Reply("requests/ask_change", {**base, "fields": fields or []})
    else:
        raise ValueError(f"no question for step {step!r}")
    return DialogOutcome([reply], DialogSnapshot(REPORT_DIALOG, step, data, retries))


async def _retry(
    ctx: TurnContext,
    data: dict[str, Any],
    state: DialogSnapshot,
    *,
    reason: str = "",
    fields: list[dict[str, Any]] | None = None,
) -> DialogOutcome:
    retries = state.retries + 1
    # A message that is no answer may be a new question ("STATUS SR26-…", "what ward is…"):
    # the engine answers that instead when the resident clearly asked about something else.
    own_intents = frozenset({KIND_BY_NAME[data["kind"]].intent})
    if retries > MAX_RETRIES:
        # Nothing collected is submitted; the resident gets the menu and a person's number.
        return DialogOutcome(
            [Reply("requests/gave_up")], None, unanswered=True, own_intents=own_intents
        )
    definition = await _definition(ctx, data)
    asked = _ask(
        ctx,
        data,
        state.step,
        retries=retries,
        reason=reason,
        fields=fields,
        definition=definition,
    )
    return replace(asked, unanswered=True, own_intents=own_intents)


def _attribute_question(
    ctx: TurnContext,
    data: dict[str, Any],
    step: str,
    base: dict[str, Any],
    definition: ServiceDefinition | None,
) -> Reply:
    code = step.removeprefix(ATTRIBUTE_STEP_PREFIX)
    attribute = None
    if definition is not None:
        attribute = next((a for a in definition.attributes if a.code == code), None)
    options = [
        {"number": number, "label": value_label(code, value.key, value.name, ctx.language)}
        for number, value in enumerate(attribute.values if attribute else (), start=1)
    ]
    context = {
        **base,
        "options": options,
        "question": (attribute.description if attribute else None) or code,
        "hint": (attribute.datatype_description if attribute else None) or "",
    }
    key = f"requests/ask/{code.lower()}" if code in ATTRIBUTE_PROMPTS else "requests/ask/other"
    return Reply(key, context)


async def _changeable_fields(ctx: TurnContext, data: Mapping[str, Any]) -> list[dict[str, Any]]:
    definition = await _definition(ctx, data)
    fields: list[dict[str, Any]] = [{"number": 1, "field": STEP_LOCATION}]
    for attribute in questions(definition):
        fields.append({"number": len(fields) + 1, "field": attribute.code})
    fields.append({"number": len(fields) + 1, "field": STEP_DETAILS})
    return fields


def _summary(
    ctx: TurnContext, data: Mapping[str, Any], definition: ServiceDefinition | None
) -> dict[str, Any]:
    location = located_from(data.get("location"))
    by_code = {a.code: a for a in definition.attributes} if definition else {}
    shown: list[str] = []
    for code, value in data.get("attributes", {}).items():
        attribute = by_code.get(code)
        names = {v.key: v.name for v in attribute.values} if attribute else {}
        items = [value] if isinstance(value, str) else list(value)
        shown.append(
            ", ".join(
                value_label(code, item, names.get(item, item), ctx.language) for item in items
            )
        )
    return {
        "address": location.label if location else "",
        "answers": shown,
        "description": data.get("description") or "",
        "photos": len(data.get("media", [])),
    }


# --- reading answers -------------------------------------------------------------------------


def parse_attribute_answer(attribute: ServiceAttribute, text: str) -> str | list[str] | None:
    """The attribute value a resident's answer gives, or None when it gives none we can use."""
    text = text.strip()
    if not text:
        return None
    if attribute.datatype in (AttributeDatatype.SINGLEVALUELIST, AttributeDatatype.MULTIVALUELIST):
        key = _list_value(attribute, text)
        if key is None:
            return None
        return [key] if attribute.datatype is AttributeDatatype.MULTIVALUELIST else key
    if attribute.datatype is AttributeDatatype.NUMBER:
        number = answers.whole_number(text)
        return str(number) if number is not None else None
    if attribute.datatype is AttributeDatatype.DATETIME:
        try:
            return datetime.fromisoformat(text).isoformat()
        except ValueError:
            return None
    return text[:MAX_TEXT_ANSWER]


def _list_value(attribute: ServiceAttribute, text: str) -> str | None:
    values = attribute.values
    number = answers.whole_number(text)
    if number is not None:
        return values[number - 1].key if 1 <= number <= len(values) else None
    whole = fold(text)
    words = {fold(word) for word in text.split()}
    for value in values:
        names = {fold(value.key), fold(value.name)}
        names |= {
            fold(labels.get(attribute.code, {}).get(value.key, ""))
            for labels in VALUE_LABELS.values()
        }
        names.discard("")
        if whole in names:
            return value.key
    synonyms = VALUE_SYNONYMS.get(attribute.code, {})
    keys = {value.key for value in values}
    matched = {synonyms[word] for word in words if word in synonyms} & keys
    matched |= {value.key for value in values if fold(value.key) in words}
    return matched.pop() if len(matched) == 1 else None


def _collect_photos(ctx: TurnContext, data: dict[str, Any]) -> bool:
    """Keep the URLs of images sent with this message (MMS); other media types are ignored."""
    media: list[str] = list(data.get("media", []))
    added = False
    for item in ctx.message.media:
        is_image = item.content_type.lower().startswith("image/")
        if is_image and item.url not in media and len(media) < MAX_PHOTOS:
            media.append(item.url)
            added = True
    data["media"] = media
    return added


# --- duplicates and saving ---------------------------------------------------------------------


async def find_duplicate(
    ctx: TurnContext, kind: IntakeKind, location: Located
) -> ServiceRequest | None:
    """An open request of the same type within `DUPLICATE_RADIUS_METRES`, if the CSR answers
    quickly; a slow or unreachable CSR never holds a report up."""
    client = ctx.services.get(CSR_CLIENT)
    query = RequestQuery(
        service_codes=(kind.service_code,),
        statuses=(RequestStatus.OPEN,),
        page_size=DUPLICATE_SEARCH_SIZE,
    )
    try:
        candidates = await asyncio.wait_for(client.get_requests(query), INTERACTIVE_TIMEOUT_SECONDS)
    except (Open311Error, TimeoutError) as exc:
        log.info("duplicate check skipped: %s", exc)
        return None
    nearest: tuple[float, ServiceRequest] | None = None
    for candidate in candidates:
        if candidate.lat is None or candidate.long is None or candidate.is_closed:
            continue
        distance = distance_metres(location.lat, location.long, candidate.lat, candidate.long)
        if distance <= DUPLICATE_RADIUS_METRES and (nearest is None or distance < nearest[0]):
            nearest = (distance, candidate)
    return nearest[1] if nearest else None


async def _save_report(ctx: TurnContext, data: Mapping[str, Any]) -> int:
    kind = KIND_BY_NAME[data["kind"]]
    location = located_from(data["location"])
    assert location is not None  # confirm is only reached with a location
    async with _turn_session(ctx) as session:
        row = ResidentRequest(
            resident_id=ctx.resident.id,
            service_code=kind.service_code,
            service_kind=kind.name,
            description=data.get("description"),
            address=location.label,
            lat=location.lat,
            long=location.long,
            media_urls=list(data.get("media", [])),
            attributes=dict(data.get("attributes", {})),
            language=ctx.language,
            status=QUEUED,
            notify=False,
        )
        session.add(row)
        await session.flush()
        enqueue(session, CSR_SUBMIT, {"request_id": row.id}, max_attempts=SUBMIT_MAX_ATTEMPTS)
        return row.id


@asynccontextmanager
async def _turn_session(ctx: TurnContext) -> AsyncIterator[AsyncSession]:
    """The turn's transaction when the engine gives one; otherwise a transaction of our own."""
    if ctx.session is not None:
        yield ctx.session
        return
    async with ctx.services.sessionmaker.begin() as session:
        yield session


def _date(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""
