"""Handlers for the conversation basics: 911, a person, help, greetings, thanks, the menu."""

from __future__ import annotations

from chitext.engine.context import HandlerResult, TurnContext
from chitext.engine.types import Reply


async def emergency(context: TurnContext) -> HandlerResult:
    # "Call 911 now" is the whole first answer: nothing is added before it.
    return HandlerResult([Reply("emergency/call_911")])


async def talk_to_agent(context: TurnContext) -> HandlerResult:
    return HandlerResult([Reply("agent/requested")], handoff="requested")


async def help_menu(context: TurnContext) -> HandlerResult:
    return HandlerResult([Reply("keywords/help")])


async def greeting(context: TurnContext) -> HandlerResult:
    return HandlerResult([Reply("menu/greeting")])


async def thanks(context: TurnContext) -> HandlerResult:
    return HandlerResult([Reply("menu/thanks")])


async def not_understood(context: TurnContext) -> HandlerResult:
    """The explicit fallback: a menu with examples, never a guess."""
    return HandlerResult([Reply("menu/unknown")])
