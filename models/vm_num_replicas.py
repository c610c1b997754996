"""The VmNumReplicas model."""

from __future__ import annotations

from typing import Optional

from models.base import INT64, STRING, Model, attribute


class VmNumReplicas(Model):
    """How many replicas of one named VM to start when the instance launches."""

    num_replicas: Optional[int] = attribute("numReplicas", INT64, "Number of replicas.")
    vm_name: Optional[str] = attribute("vmName", STRING, "Name of the VM.")
