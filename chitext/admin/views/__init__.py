"""The admin's pages, one module per area; each exposes `add_routes(router)`."""
