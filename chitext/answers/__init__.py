"""Rendering residents' answers: the shipped templates in `responses/`, editors' versions,
the Jinja2 sandbox, and SMS segment arithmetic."""
