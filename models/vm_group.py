"""The VmGroup model."""

from __future__ import annotations

from typing import Optional

from models.base import STRING, ListOf, Model, ModelOf, attribute
from models.vm_info import VmInfo


class VmGroup(Model):
    """A named group of VMs belonging to one app instance."""

    name: Optional[str] = attribute("name", STRING, "Name of the VM group.")
    vms: Optional[list[VmInfo]] = attribute(
        "vms",
        ListOf(ModelOf(VmInfo)),
        "VMs in the group.",
    )
