"""adr-lint: lint Architecture Decision Records."""

__version__ = "0.1.0"
