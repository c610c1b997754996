"""AppInstance as msgspec Structs.

``rename="camel"`` gives the JSON keys; ``UNSET`` as every default keeps absent
keys absent on the way out while explicit nulls stay ``None``.
"""

from typing import TypeVar, Union

import msgspec
from msgspec import UNSET, UnsetType

from peers import Implementation
from peers.enums import (
    PrivilegesTypeViewPrivilegesEnum,
    ProtectedObjectsprivilegesTypeEnum,
    QosTierAppInstanceSettingsEnum,
    StateAppInstanceEnum,
    TagEnum,
)

# Absent, null or a value. Written with Union, not "|", to build on Python 3.9.
T = TypeVar("T")
Maybe = Union[T, UnsetType, None]


class _Struct(msgspec.Struct, rename="camel"):
    pass


class UserSshKey(_Struct):
    ssh_key: Maybe[str] = UNSET
    username: Maybe[str] = UNSET


class NodePort(_Struct):
    is_ui_port: Maybe[bool] = UNSET
    port: Maybe[int] = UNSET
    tag: Maybe[TagEnum] = UNSET


class VmInfo(_Struct):
    health_detail: Maybe[str] = UNSET
    health_status: Maybe[int] = UNSET
    name: Maybe[str] = UNSET
    node_ports: Maybe[list[NodePort]] = UNSET


class VmGroup(_Struct):
    name: Maybe[str] = UNSET
    vms: Maybe[list[VmInfo]] = UNSET


class ExternalNetworkInfo(_Struct):
    axon_network_name: Maybe[str] = UNSET
    vlan_id: Maybe[int] = UNSET
    vlan_network_name: Maybe[str] = UNSET


class ProtectedObjectPrivileges(_Struct):
    protected_objectsprivileges_type: Maybe[ProtectedObjectsprivilegesTypeEnum] = UNSET
    protection_source_ids: Maybe[list[int]] = UNSET


class ViewPrivileges(_Struct):
    privileges_type: Maybe[PrivilegesTypeViewPrivilegesEnum] = UNSET
    view_ids: Maybe[list[int]] = UNSET


class VmNumReplicas(_Struct):
    num_replicas: Maybe[int] = UNSET
    vm_name: Maybe[str] = UNSET


class AppInstanceSettings(_Struct):
    external_network_info: Maybe[ExternalNetworkInfo] = UNSET
    instance_size: Maybe[str] = UNSET
    protected_object_privileges: Maybe[ProtectedObjectPrivileges] = UNSET
    qos_tier: Maybe[QosTierAppInstanceSettingsEnum] = UNSET
    read_view_privileges: Maybe[ViewPrivileges] = UNSET
    read_write_view_privileges: Maybe[ViewPrivileges] = UNSET
    vm_num_replicas_list: Maybe[list[VmNumReplicas]] = UNSET


class AppInstance(_Struct):
    app_access_token: Maybe[str] = UNSET
    app_instance_id: Maybe[int] = UNSET
    app_name: Maybe[str] = UNSET
    app_uid: Maybe[int] = UNSET
    app_version: Maybe[int] = UNSET
    created_time_usecs: Maybe[int] = UNSET
    creation_uid: Maybe[str] = UNSET
    description: Maybe[str] = UNSET
    dev_version: Maybe[str] = UNSET
    duration_usecs: Maybe[int] = UNSET
    health_detail: Maybe[str] = UNSET
    health_status: Maybe[int] = UNSET
    https_ui: Maybe[bool] = UNSET
    namespace: Maybe[str] = UNSET
    node_ip: Maybe[str] = UNSET
    node_port: Maybe[int] = UNSET
    settings: Maybe[AppInstanceSettings] = UNSET
    state: Maybe[StateAppInstanceEnum] = UNSET
    state_detail: Maybe[str] = UNSET
    user_ssh_key: Maybe[UserSshKey] = UNSET
    vm_groups: Maybe[list[VmGroup]] = UNSET


def build() -> Implementation:
    many = list[AppInstance]
    return Implementation(
        name="msgspec",
        load=lambda payloads: msgspec.convert(payloads, many),
        dump=msgspec.to_builtins,
        note=(
            '`Struct`s with `rename="camel"` and `UNSET` defaults;'
            " `msgspec.convert(payloads, list[AppInstance])`, `msgspec.to_builtins`"
        ),
    )
