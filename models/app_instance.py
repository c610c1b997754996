"""The AppInstance model."""

from __future__ import annotations

from typing import Optional

from models.app_instance_settings import AppInstanceSettings
from models.base import (
    BOOLEAN,
    INT32,
    INT64,
    STRING,
    EnumOf,
    ListOf,
    Model,
    ModelOf,
    attribute,
)
from models.state_app_instance_enum import StateAppInstanceEnum
from models.user_ssh_key import UserSshKey
from models.vm_group import VmGroup


class AppInstance(Model):
    """Everything the cluster reports about one running (or stopped) instance of an
    app.
    """

    app_access_token: Optional[str] = attribute(
        "appAccessToken",
        STRING,
        "Token used to access the app.",
        secret=True,
    )
    app_instance_id: Optional[int] = attribute(
        "appInstanceId",
        INT64,
        "Id of this instance, unique across all instances of all apps.",
    )
    app_name: Optional[str] = attribute(
        "appName",
        STRING,
        "Name of the app running in this instance.",
    )
    app_uid: Optional[int] = attribute(
        "appUid",
        INT64,
        "Id of the app running in this instance.",
    )
    app_version: Optional[int] = attribute(
        "appVersion",
        INT64,
        "Version of the app running in this instance.",
    )
    created_time_usecs: Optional[int] = attribute(
        "createdTimeUsecs",
        INT64,
        "When the instance was first created, in microseconds since the epoch.",
    )
    creation_uid: Optional[str] = attribute(
        "creationUid",
        STRING,
        (
            "Client-generated id that lets the cluster recognise retries of the same "
            "launch request."
        ),
    )
    description: Optional[str] = attribute(
        "description",
        STRING,
        "Description the user gave the instance.",
    )
    dev_version: Optional[str] = attribute(
        "devVersion",
        STRING,
        "App version string as set by the app's developer.",
    )
    duration_usecs: Optional[int] = attribute(
        "durationUsecs",
        INT64,
        "How long the instance has run, in microseconds.",
    )
    health_detail: Optional[str] = attribute(
        "healthDetail",
        STRING,
        "Why the instance is unhealthy; set only when it is.",
    )
    health_status: Optional[int] = attribute(
        "healthStatus",
        INT32,
        "Current health status code of the instance.",
    )
    https_ui: Optional[bool] = attribute(
        "httpsUi",
        BOOLEAN,
        "True when the app's UI is served over https, false for http.",
    )
    namespace: Optional[str] = attribute(
        "namespace",
        STRING,
        "Namespace the instance runs in on the cluster.",
    )
    node_ip: Optional[str] = attribute(
        "nodeIp",
        STRING,
        "IP of the node through which the instance's external services are reached.",
    )
    node_port: Optional[int] = attribute(
        "nodePort",
        INT32,
        "Node port on which the instance serves external requests.",
    )
    settings: Optional[AppInstanceSettings] = attribute(
        "settings",
        ModelOf(AppInstanceSettings),
        "Settings the instance was launched with.",
    )
    state: Optional[StateAppInstanceEnum] = attribute(
        "state",
        EnumOf(StateAppInstanceEnum),
        "Operational state of the instance.",
    )
    state_detail: Optional[str] = attribute(
        "stateDetail",
        STRING,
        "Failure reason; set when state is kFailed.",
    )
    user_ssh_key: Optional[UserSshKey] = attribute(
        "userSshKey",
        ModelOf(UserSshKey),
        "User name and SSH key installed in the instance's VMs.",
    )
    vm_groups: Optional[list[VmGroup]] = attribute(
        "vmGroups",
        ListOf(ModelOf(VmGroup)),
        (
            "The instance's VM groups; each lists its VMs with the ports and health "
            "the UI shows."
        ),
    )
