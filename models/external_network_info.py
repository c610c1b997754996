"""The ExternalNetworkInfo model."""

from __future__ import annotations

from typing import Optional

from models.base import INT32, STRING, Model, attribute


class ExternalNetworkInfo(Model):
    """An external network (VLAN) an app instance can be attached to."""

    axon_network_name: Optional[str] = attribute(
        "axonNetworkName",
        STRING,
        "Cluster-internal name of the network backing this external network.",
    )
    vlan_id: Optional[int] = attribute("vlanId", INT32, "VLAN id of the network.")
    vlan_network_name: Optional[str] = attribute(
        "vlanNetworkName",
        STRING,
        "Name shown in the UI when picking the external network.",
    )
