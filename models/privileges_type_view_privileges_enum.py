"""The PrivilegesTypeViewPrivilegesEnum enum."""

from models.base import WireEnum


class PrivilegesTypeViewPrivilegesEnum(WireEnum):
    """Which views an app instance may access."""

    KNONE = "kNone", "No view is accessible."
    KALL = "kAll", "Every view is accessible."
    KSPECIFIC = "kSpecific", "Only the listed views are accessible."
