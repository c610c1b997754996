"""The NodePort model."""

from __future__ import annotations

from typing import Optional

from models.base import BOOLEAN, INT32, EnumOf, Model, attribute
from models.tag_enum import TagEnum


class NodePort(Model):
    """One node port an app instance's VM exposes, with the service it serves."""

    is_ui_port: Optional[bool] = attribute(
        "isUiPort",
        BOOLEAN,
        "True when this port serves the app's UI.",
    )
    port: Optional[int] = attribute("port", INT32, "The node port number.")
    tag: Optional[TagEnum] = attribute(
        "tag",
        EnumOf(TagEnum),
        "Kind of service behind the port.",
    )
