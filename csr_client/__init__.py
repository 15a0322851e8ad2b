"""Open311 GeoReport v2: the client the gateway uses, and the bundled CSR server.

The gateway depends on `ServiceRequestClient` only: `Open311Client` talks to a city endpoint
(or to the bundled server), `InMemoryServiceRequestClient` stands in for one in tests.
"""

from csr_client.client import Open311Client, ServiceRequestClient
from csr_client.errors import (
    GeoReportError,
    Open311Error,
    Open311NotFound,
    Open311ProtocolError,
    Open311RequestRejected,
    Open311TokenPending,
    Open311Unavailable,
)
from csr_client.memory import InMemoryServiceRequestClient
from csr_client.models import (
    AttributeDatatype,
    AttributeValue,
    NewServiceRequest,
    RequestNote,
    RequestQuery,
    RequestStatus,
    Service,
    ServiceAttribute,
    ServiceDefinition,
    ServiceRequest,
    SubmitResult,
)

__all__ = [
    "AttributeDatatype",
    "AttributeValue",
    "GeoReportError",
    "InMemoryServiceRequestClient",
    "NewServiceRequest",
    "Open311Client",
    "Open311Error",
    "Open311NotFound",
    "Open311ProtocolError",
    "Open311RequestRejected",
    "Open311TokenPending",
    "Open311Unavailable",
    "RequestNote",
    "RequestQuery",
    "RequestStatus",
    "Service",
    "ServiceAttribute",
    "ServiceDefinition",
    "ServiceRequest",
    "ServiceRequestClient",
    "SubmitResult",
]
