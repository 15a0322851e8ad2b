"""The routing table: which handler answers which intent.

Capability packages add their handlers here; every intent not listed gets the fallback menu.
"""

from __future__ import annotations

from chitext.engine.context import Handler
from chitext.engine.engine import RoutingTable
from chitext.handlers import core
from chitext.info import handlers as info
from chitext.info import languages
from chitext.servicerequests import intake, status
from chitext.servicerequests.kinds import KIND_BY_INTENT


def build_routing_table() -> RoutingTable:
    routes: dict[str, Handler] = {
        "emergency": core.emergency,
        "talk_to_agent": core.talk_to_agent,
        "help": core.help_menu,
        "greeting": core.greeting,
        "thanks": core.thanks,
        "check_status": status.check_status,
        **{intent: intake.start_report for intent in KIND_BY_INTENT},
        "find_ward": info.find_ward,
        "police_district": info.police_district,
        "events": info.events_handler,
        "shelter": info.shelter,
        "homelessness_prevention": info.homelessness_prevention,
        "airport": info.airport,
        "find_department": info.find_department,
        "police_report": info.police_report,
        "set_language": languages.set_language,
    }
    # Messages in a language we do not answer in get an interpreter offer, not the menu.
    return RoutingTable(routes=routes, fallback=languages.not_understood)
