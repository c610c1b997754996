"""The ViewPrivileges model."""

from __future__ import annotations

from typing import Optional

from models.base import INT64, EnumOf, ListOf, Model, attribute
from models.privileges_type_view_privileges_enum import PrivilegesTypeViewPrivilegesEnum


class ViewPrivileges(Model):
    """Which views an app instance may access: none, all, or a listed set."""

    privileges_type: Optional[PrivilegesTypeViewPrivilegesEnum] = attribute(
        "privilegesType",
        EnumOf(PrivilegesTypeViewPrivilegesEnum),
        "Whether no, all or only the listed views are accessible.",
    )
    view_ids: Optional[list[int]] = attribute(
        "viewIds",
        ListOf(INT64),
        "Ids of the accessible views when the type is kSpecific.",
    )
