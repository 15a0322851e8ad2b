"""ChiTEXT: an SMS and chat gateway for Chicago 311."""

__version__ = "0.1.0"
