"""The ProtectedObjectsprivilegesTypeEnum enum."""

from models.base import WireEnum


class ProtectedObjectsprivilegesTypeEnum(WireEnum):
    """Which protected objects an app instance may access."""

    KNONE = "kNone", "No protected object is accessible."
    KALL = "kAll", "Every protected object is accessible."
    KSPECIFIC = "kSpecific", "Only the listed protected objects are accessible."
