"""The managers' reports page: a period picker and the figures as tables with bars."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import aiohttp_jinja2
from aiohttp import web

from chitext.admin.reports import CHICAGO, Period, build_report
from chitext.keys import SESSIONMAKER

DEFAULT_DAYS = 7
MAX_DAYS = 366


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/reports", reports_page, name="reports")


def _period(query: Any) -> tuple[Period, str | None]:
    today = datetime.now(CHICAGO).date()
    default = Period(today - timedelta(days=DEFAULT_DAYS - 1), today)
    try:
        first = date.fromisoformat(query.get("from") or default.first_day.isoformat())
        last = date.fromisoformat(query.get("to") or default.last_day.isoformat())
    except ValueError:
        return default, "Dates must look like 2024-05-31; showing the last 7 days."
    if last < first:
        first, last = last, first
    if (last - first).days >= MAX_DAYS:
        return Period(last - timedelta(days=MAX_DAYS - 1), last), "Showing at most one year."
    return Period(first, last), None


@aiohttp_jinja2.template("reports.html")
async def reports_page(request: web.Request) -> dict[str, Any]:
    period, problem = _period(request.query)
    async with request.config_dict[SESSIONMAKER]() as db:
        report = await build_report(db, period)
    busiest_day = max((sum(c.values()) for c in report.per_day.values()), default=0)
    busiest_intent = max((count for _, count in report.top_intents), default=0)
    return {
        "report": report,
        "problem": problem,
        "busiest_day": busiest_day,
        "busiest_intent": busiest_intent,
    }
