"""The bundled CSR: a GeoReport v2 server used when no city Open311 endpoint is configured."""

from csr_client.server.app import OPEN311_MOUNT_PATH, StaffAuth, create_open311_app

__all__ = ["OPEN311_MOUNT_PATH", "StaffAuth", "create_open311_app"]
