"""marshmallow schemas of the Cohesity AppInstance payload, one module per model."""

from schemas.app_instance import AppInstanceSchema
from schemas.app_instance_settings import AppInstanceSettingsSchema
from schemas.base import ModelSchema
from schemas.external_network_info import ExternalNetworkInfoSchema
from schemas.node_port import NodePortSchema
from schemas.protected_object_privileges import ProtectedObjectPrivilegesSchema
from schemas.user_ssh_key import UserSshKeySchema
from schemas.view_privileges import ViewPrivilegesSchema
from schemas.vm_group import VmGroupSchema
from schemas.vm_info import VmInfoSchema
from schemas.vm_num_replicas import VmNumReplicasSchema

__all__ = [
    "AppInstanceSchema",
    "AppInstanceSettingsSchema",
    "ExternalNetworkInfoSchema",
    "ModelSchema",
    "NodePortSchema",
    "ProtectedObjectPrivilegesSchema",
    "UserSshKeySchema",
    "ViewPrivilegesSchema",
    "VmGroupSchema",
    "VmInfoSchema",
    "VmNumReplicasSchema",
]
