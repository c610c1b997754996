"""AppInstance schemas as a typical marshmallow user writes them by hand.

One schema per model, the JSON key as ``data_key``, every field nullable as the API
says, and a ``post_load`` that makes a simple object. Nothing is tuned for speed:
this is the baseline the project's schemas are meant to beat.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from marshmallow import Schema, fields, post_load

from peers import Implementation
from peers.enums import (
    PrivilegesTypeViewPrivilegesEnum,
    ProtectedObjectsprivilegesTypeEnum,
    QosTierAppInstanceSettingsEnum,
    StateAppInstanceEnum,
    TagEnum,
)

try:
    from marshmallow.fields import Enum as _EnumField
except ImportError:  # marshmallow before 3.18 has no Enum field
    from marshmallow_enum import EnumField as _EnumField


def _enum(enum: type, key: str) -> fields.Field:
    return _EnumField(enum, by_value=True, data_key=key, allow_none=True)


def _int(key: str) -> fields.Integer:
    return fields.Integer(data_key=key, allow_none=True)


def _str(key: str) -> fields.String:
    return fields.String(data_key=key, allow_none=True)


def _bool(key: str) -> fields.Boolean:
    return fields.Boolean(data_key=key, allow_none=True)


def _one(schema: type[Schema], key: str) -> fields.Nested:
    return fields.Nested(schema, data_key=key, allow_none=True)


def _many(schema: type[Schema], key: str) -> fields.List:
    return fields.List(fields.Nested(schema), data_key=key, allow_none=True)


class _ObjectSchema(Schema):
    """Loads into an object whose class is named after the schema."""

    object_class: type = SimpleNamespace

    @post_load
    def make_object(self, data: dict[str, Any], **kwargs: Any) -> Any:
        return self.object_class(**data)


def _object_class(name: str) -> type:
    return type(name, (SimpleNamespace,), {})


class UserSshKeySchema(_ObjectSchema):
    object_class = _object_class("UserSshKey")
    ssh_key = _str("sshKey")
    username = _str("username")


class NodePortSchema(_ObjectSchema):
    object_class = _object_class("NodePort")
    is_ui_port = _bool("isUiPort")
    port = _int("port")
    tag = _enum(TagEnum, "tag")


class VmInfoSchema(_ObjectSchema):
    object_class = _object_class("VmInfo")
    health_detail = _str("healthDetail")
    health_status = _int("healthStatus")
    name = _str("name")
    node_ports = _many(NodePortSchema, "nodePorts")


class VmGroupSchema(_ObjectSchema):
    object_class = _object_class("VmGroup")
    name = _str("name")
    vms = _many(VmInfoSchema, "vms")


class ExternalNetworkInfoSchema(_ObjectSchema):
    object_class = _object_class("ExternalNetworkInfo")
    axon_network_name = _str("axonNetworkName")
    vlan_id = _int("vlanId")
    vlan_network_name = _str("vlanNetworkName")


class ProtectedObjectPrivilegesSchema(_ObjectSchema):
    object_class = _object_class("ProtectedObjectPrivileges")
    protected_objectsprivileges_type = _enum(
        ProtectedObjectsprivilegesTypeEnum, "protectedObjectsprivilegesType"
    )
    protection_source_ids = fields.List(
        fields.Integer(), data_key="protectionSourceIds", allow_none=True
    )


class ViewPrivilegesSchema(_ObjectSchema):
    object_class = _object_class("ViewPrivileges")
    privileges_type = _enum(PrivilegesTypeViewPrivilegesEnum, "privilegesType")
    view_ids = fields.List(fields.Integer(), data_key="viewIds", allow_none=True)


class VmNumReplicasSchema(_ObjectSchema):
    object_class = _object_class("VmNumReplicas")
    num_replicas = _int("numReplicas")
    vm_name = _str("vmName")


class AppInstanceSettingsSchema(_ObjectSchema):
    object_class = _object_class("AppInstanceSettings")
    external_network_info = _one(ExternalNetworkInfoSchema, "externalNetworkInfo")
    instance_size = _str("instanceSize")
    protected_object_privileges = _one(
        ProtectedObjectPrivilegesSchema, "protectedObjectPrivileges"
    )
    qos_tier = _enum(QosTierAppInstanceSettingsEnum, "qosTier")
    read_view_privileges = _one(ViewPrivilegesSchema, "readViewPrivileges")
    read_write_view_privileges = _one(ViewPrivilegesSchema, "readWriteViewPrivileges")
    vm_num_replicas_list = _many(VmNumReplicasSchema, "vmNumReplicasList")


class AppInstanceSchema(_ObjectSchema):
    object_class = _object_class("AppInstance")
    app_access_token = _str("appAccessToken")
    app_instance_id = _int("appInstanceId")
    app_name = _str("appName")
    app_uid = _int("appUid")
    app_version = _int("appVersion")
    created_time_usecs = _int("createdTimeUsecs")
    creation_uid = _str("creationUid")
    description = _str("description")
    dev_version = _str("devVersion")
    duration_usecs = _int("durationUsecs")
    health_detail = _str("healthDetail")
    health_status = _int("healthStatus")
    https_ui = _bool("httpsUi")
    namespace = _str("namespace")
    node_ip = _str("nodeIp")
    node_port = _int("nodePort")
    settings = _one(AppInstanceSettingsSchema, "settings")
    state = _enum(StateAppInstanceEnum, "state")
    state_detail = _str("stateDetail")
    user_ssh_key = _one(UserSshKeySchema, "userSshKey")
    vm_groups = _many(VmGroupSchema, "vmGroups")


def build() -> Implementation:
    schema = AppInstanceSchema()
    return Implementation(
        name="plain marshmallow",
        load=lambda payloads: schema.load(payloads, many=True),
        dump=lambda objects: schema.dump(objects, many=True),
        note=(
            "hand-written `Schema` per model (`data_key`, `allow_none=True`,"
            " `fields.Enum(by_value=True)`), `post_load` into simple objects;"
            " `load(many=True)` / `dump(many=True)`"
        ),
    )
