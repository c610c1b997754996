"""The VmInfo model."""

from __future__ import annotations

from typing import Optional

from models.base import INT32, STRING, ListOf, Model, ModelOf, attribute
from models.node_port import NodePort


class VmInfo(Model):
    """Name, health and exposed node ports of one VM of an app instance."""

    health_detail: Optional[str] = attribute(
        "healthDetail",
        STRING,
        "Why the VM is unhealthy; set only when it is.",
    )
    health_status: Optional[int] = attribute(
        "healthStatus",
        INT32,
        "Current health status code of the VM.",
    )
    name: Optional[str] = attribute("name", STRING, "Name of the VM.")
    node_ports: Optional[list[NodePort]] = attribute(
        "nodePorts",
        ListOf(ModelOf(NodePort)),
        "Node ports assigned to the VM.",
    )
