"""The one exception hierarchy every `ServiceRequestClient` raises.

Callers decide what to do from the class alone: `Open311Unavailable` is worth retrying later
(the outbox keeps the report), `Open311RequestRejected` is not (the request itself is wrong),
and `Open311ProtocolError` means the server answered something we cannot read.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GeoReportError:
    """One entry of a GeoReport v2 error array: `{"code": 400, "description": "..."}`."""

    code: int | None
    description: str


class Open311Error(Exception):
    """Base class of everything an Open311 client raises."""


class Open311Unavailable(Open311Error):
    """The server could not be reached or could not answer now (connection, timeout, 5xx).

    Retryable: the same call may succeed later.
    """

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class Open311TokenPending(Open311Unavailable):
    """The server accepted the request but had not assigned an id before our deadline.

    Retryable: keep the token and ask `tokens/{token}` again later.
    """

    def __init__(self, token: str) -> None:
        super().__init__(f"no service_request_id yet for token {token!r}")
        self.token = token


class Open311RequestRejected(Open311Error):
    """The server refused the call (4xx), usually with a GeoReport error array.

    Not retryable as is: the request must change first.
    """

    def __init__(self, status: int, errors: tuple[GeoReportError, ...]) -> None:
        summary = "; ".join(f"{error.code}: {error.description}" for error in errors)
        super().__init__(f"HTTP {status}: {summary or 'no error details'}")
        self.status = status
        self.errors = errors


class Open311NotFound(Open311RequestRejected):
    """404: no such service, request or token."""


class Open311ProtocolError(Open311Error):
    """The server's answer could not be understood (bad JSON/XML, missing required fields)."""
