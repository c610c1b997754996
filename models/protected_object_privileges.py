"""The ProtectedObjectPrivileges model."""

from __future__ import annotations

from typing import Optional

from models.base import INT64, EnumOf, ListOf, Model, attribute
from models.protected_objectsprivileges_type_enum import (
    ProtectedObjectsprivilegesTypeEnum,
)


class ProtectedObjectPrivileges(Model):
    """Which protected objects an app instance may access: none, all, or a listed
    set.
    """

    protected_objectsprivileges_type: Optional[ProtectedObjectsprivilegesTypeEnum] = (
        attribute(
            "protectedObjectsprivilegesType",
            EnumOf(ProtectedObjectsprivilegesTypeEnum),
            "Whether no, all or only the listed protected objects are accessible.",
        )
    )
    protection_source_ids: Optional[list[int]] = attribute(
        "protectionSourceIds",
        ListOf(INT64),
        "Ids of the accessible protection sources when the type is kSpecific.",
    )
