"""Service requests by text: intake dialogs, the CSR outbox, status answers and updates.

The pieces, in the order a report travels:
  `intake`   — the report dialog (location, what the service definition requires, photo,
               confirmation); a confirmed report becomes a `ResidentRequest` row + a job
  `jobs`     — `csr_submit` / `csr_token` send it to the CSR with retries, then text the
               tracking number; `csr_follow` follows the CSR and texts opted-in residents
  `status`   — `STATUS <number>` and "my requests"
  `csr`      — which CSR the gateway talks to (bundled in-process, or a city Open311 URL)
"""
