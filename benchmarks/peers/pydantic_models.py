"""AppInstance as pydantic v2 models, written the way pydantic's docs suggest.

Keys come from a camel-case alias generator; every attribute is optional and
nullable. Dumping with ``exclude_unset=True`` keeps absent keys absent, and
``mode="json"`` writes enums as their wire strings.
"""

from typing import Optional

from pydantic import BaseModel, ConfigDict, TypeAdapter
from pydantic.alias_generators import to_camel

from peers import Implementation
from peers.enums import (
    PrivilegesTypeViewPrivilegesEnum,
    ProtectedObjectsprivilegesTypeEnum,
    QosTierAppInstanceSettingsEnum,
    StateAppInstanceEnum,
    TagEnum,
)


# Annotations use Optional, not "|", so the models also build on Python 3.9.
class _Model(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel)


class UserSshKey(_Model):
    ssh_key: Optional[str] = None
    username: Optional[str] = None


class NodePort(_Model):
    is_ui_port: Optional[bool] = None
    port: Optional[int] = None
    tag: Optional[TagEnum] = None


class VmInfo(_Model):
    health_detail: Optional[str] = None
    health_status: Optional[int] = None
    name: Optional[str] = None
    node_ports: Optional[list[NodePort]] = None


class VmGroup(_Model):
    name: Optional[str] = None
    vms: Optional[list[VmInfo]] = None


class ExternalNetworkInfo(_Model):
    axon_network_name: Optional[str] = None
    vlan_id: Optional[int] = None
    vlan_network_name: Optional[str] = None


class ProtectedObjectPrivileges(_Model):
    protected_objectsprivileges_type: Optional[ProtectedObjectsprivilegesTypeEnum] = (
        None
    )
    protection_source_ids: Optional[list[int]] = None


class ViewPrivileges(_Model):
    privileges_type: Optional[PrivilegesTypeViewPrivilegesEnum] = None
    view_ids: Optional[list[int]] = None


class VmNumReplicas(_Model):
    num_replicas: Optional[int] = None
    vm_name: Optional[str] = None


class AppInstanceSettings(_Model):
    external_network_info: Optional[ExternalNetworkInfo] = None
    instance_size: Optional[str] = None
    protected_object_privileges: Optional[ProtectedObjectPrivileges] = None
    qos_tier: Optional[QosTierAppInstanceSettingsEnum] = None
    read_view_privileges: Optional[ViewPrivileges] = None
    read_write_view_privileges: Optional[ViewPrivileges] = None
    vm_num_replicas_list: Optional[list[VmNumReplicas]] = None


class AppInstance(_Model):
    app_access_token: Optional[str] = None
    app_instance_id: Optional[int] = None
    app_name: Optional[str] = None
    app_uid: Optional[int] = None
    app_version: Optional[int] = None
    created_time_usecs: Optional[int] = None
    creation_uid: Optional[str] = None
    description: Optional[str] = None
    dev_version: Optional[str] = None
    duration_usecs: Optional[int] = None
    health_detail: Optional[str] = None
    health_status: Optional[int] = None
    https_ui: Optional[bool] = None
    namespace: Optional[str] = None
    node_ip: Optional[str] = None
    node_port: Optional[int] = None
    settings: Optional[AppInstanceSettings] = None
    state: Optional[StateAppInstanceEnum] = None
    state_detail: Optional[str] = None
    user_ssh_key: Optional[UserSshKey] = None
    vm_groups: Optional[list[VmGroup]] = None


def build() -> Implementation:
    adapter = TypeAdapter(list[AppInstance])
    return Implementation(
        name="pydantic v2",
        load=adapter.validate_python,
        dump=lambda models: adapter.dump_python(
            models, mode="json", by_alias=True, exclude_unset=True
        ),
        note=(
            "`TypeAdapter(list[AppInstance])`: `validate_python(payloads)`,"
            ' `dump_python(models, mode="json", by_alias=True, exclude_unset=True)`'
        ),
    )
