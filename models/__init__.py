"""Model classes and enums of the Cohesity AppInstance payload, one module each."""

from models.app_instance import AppInstance
from models.app_instance_settings import AppInstanceSettings
from models.external_network_info import ExternalNetworkInfo
from models.node_port import NodePort
from models.privileges_type_view_privileges_enum import PrivilegesTypeViewPrivilegesEnum
from models.protected_object_privileges import ProtectedObjectPrivileges
from models.protected_objectsprivileges_type_enum import (
    ProtectedObjectsprivilegesTypeEnum,
)
from models.qos_tier_app_instance_settings_enum import QosTierAppInstanceSettingsEnum
from models.state_app_instance_enum import StateAppInstanceEnum
from models.tag_enum import TagEnum
from models.user_ssh_key import UserSshKey
from models.view_privileges import ViewPrivileges
from models.vm_group import VmGroup
from models.vm_info import VmInfo
from models.vm_num_replicas import VmNumReplicas

__all__ = [
    "AppInstance",
    "AppInstanceSettings",
    "ExternalNetworkInfo",
    "NodePort",
    "PrivilegesTypeViewPrivilegesEnum",
    "ProtectedObjectPrivileges",
    "ProtectedObjectsprivilegesTypeEnum",
    "QosTierAppInstanceSettingsEnum",
    "StateAppInstanceEnum",
    "TagEnum",
    "UserSshKey",
    "ViewPrivileges",
    "VmGroup",
    "VmInfo",
    "VmNumReplicas",
]
