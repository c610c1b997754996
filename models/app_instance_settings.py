"""The AppInstanceSettings model."""

from __future__ import annotations

from typing import Optional

from models.base import STRING, EnumOf, ListOf, Model, ModelOf, attribute
from models.external_network_info import ExternalNetworkInfo
from models.protected_object_privileges import ProtectedObjectPrivileges
from models.qos_tier_app_instance_settings_enum import QosTierAppInstanceSettingsEnum
from models.view_privileges import ViewPrivileges
from models.vm_num_replicas import VmNumReplicas


class AppInstanceSettings(Model):
    """Settings an app instance was launched with: QoS tier, size, network, and which
    views and protected objects it may reach.
    """

    external_network_info: Optional[ExternalNetworkInfo] = attribute(
        "externalNetworkInfo",
        ModelOf(ExternalNetworkInfo),
        "External network the instance is attached to.",
    )
    instance_size: Optional[str] = attribute(
        "instanceSize",
        STRING,
        (
            "Size class of the instance (for example small, medium, large); decides "
            "container resources."
        ),
    )
    protected_object_privileges: Optional[ProtectedObjectPrivileges] = attribute(
        "protectedObjectPrivileges",
        ModelOf(ProtectedObjectPrivileges),
        "Which protected objects the instance may access.",
    )
    qos_tier: Optional[QosTierAppInstanceSettingsEnum] = attribute(
        "qosTier",
        EnumOf(QosTierAppInstanceSettingsEnum),
        "QoS tier; decides the memory, CPU and IO the instance is given.",
    )
    read_view_privileges: Optional[ViewPrivileges] = attribute(
        "readViewPrivileges",
        ModelOf(ViewPrivileges),
        "Views the instance may read.",
    )
    read_write_view_privileges: Optional[ViewPrivileges] = attribute(
        "readWriteViewPrivileges",
        ModelOf(ViewPrivileges),
        "Views the instance may read and write.",
    )
    vm_num_replicas_list: Optional[list[VmNumReplicas]] = attribute(
        "vmNumReplicasList",
        ListOf(ModelOf(VmNumReplicas)),
        "Replica count per VM name, applied when the instance launches.",
    )
