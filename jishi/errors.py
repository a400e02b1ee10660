"""Errors that name the document they come from."""


class JishiError(Exception):
    """Base class of every error jishi raises on purpose."""


class InputError(JishiError):
    """A document could not be read or decoded.  ``str(err)`` names the document."""

    def __init__(self, name: str, reason: str):
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")


class DataError(JishiError):
    """A dictionary or rule file is malformed.  ``str(err)`` names file and line."""
