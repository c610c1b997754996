"""AppInstance payloads for the benchmark, generated deterministically.

Every implementation is timed on the same payloads: :func:`full_payloads` gives ``n``
full AppInstance payloads that differ per instance but are the same on every run.
:data:`ROUND_TRIP_CASES` holds the payloads the round-trip check (R1) runs on, named
for the edge case each one pins.
"""

from __future__ import annotations

import random
from typing import Any

Payload = dict[str, Any]

STATES = (
    "kInitializing",
    "kRunning",
    "kPausing",
    "kPaused",
    "kTerminating",
    "kTerminated",
    "kFailed",
)
QOS_TIERS = ("kLow", "kMedium", "kHigh", "kMax")
PRIVILEGE_TYPES = ("kNone", "kAll", "kSpecific")
TAGS = ("kDefault", "kHttp", "kHttps", "kSsh")
INSTANCE_SIZES = ("small", "medium", "large")

# int64 keys get values above 2**53, which a float would round.
_BIG = 2**53


def full_payloads(n: int) -> list[Payload]:
    """Return ``n`` full AppInstance payloads, each built from its own index.

    Args:
        n: How many payloads to build.

    Returns:
        Payloads with every key present, settings filled, 2 VM groups of 2 VMs
        each and 3 node ports per VM (12 in all). No two payloads share a nested
        dict or list.
    """
    return [full_payload(index) for index in range(n)]


def full_payload(index: int) -> Payload:
    """Return the full AppInstance payload number ``index``."""
    rng = random.Random(index)
    base_port = 30000 + rng.randrange(2000)

    return {
        "appAccessToken": f"token-{rng.getrandbits(128):032x}",
        "appInstanceId": _BIG + rng.getrandbits(60),
        "appName": f"app-{index % 37}",
        "appUid": _BIG + rng.getrandbits(60),
        "appVersion": 1 + index % 9,
        "createdTimeUsecs": 1_600_000_000_000_000 + rng.getrandbits(45),
        "creationUid": f"{rng.getrandbits(64):016x}-{index}",
        "description": f"Instance {index} launched by the benchmark",
        "devVersion": f"{1 + index % 3}.{index % 10}.{index % 7}",
        "durationUsecs": rng.getrandbits(40),
        "healthDetail": "" if index % 4 else "probe timed out",
        "healthStatus": index % 2,
        "httpsUi": index % 3 == 0,
        "namespace": f"ns-{index % 11}",
        "nodeIp": f"10.{index % 256}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
        "nodePort": base_port,
        "settings": _settings(rng, index),
        "state": STATES[index % len(STATES)],
        "stateDetail": "" if index % 5 else "image pull failed",
        "userSshKey": {
            "sshKey": f"ssh-ed25519 AAAA{rng.getrandbits(200):050x} user@host",
            "username": f"user{index % 13}",
        },
        "vmGroups": [_vm_group(rng, group, base_port + 10 * group) for group in (0, 1)],
    }


def _settings(rng: random.Random, index: int) -> Payload:
    return {
        "externalNetworkInfo": {
            "axonNetworkName": f"axon-net-{index % 5}",
            "vlanId": 100 + index % 50,
            "vlanNetworkName": f"vlan-{index % 5}",
        },
        "instanceSize": INSTANCE_SIZES[index % len(INSTANCE_SIZES)],
        "protectedObjectPrivileges": {
            "protectedObjectsprivilegesType": PRIVILEGE_TYPES[index % 3],
            "protectionSourceIds": [_BIG + rng.getrandbits(50) for _ in range(3)],
        },
        "qosTier": QOS_TIERS[index % len(QOS_TIERS)],
        "readViewPrivileges": _view_privileges(rng, index),
        "readWriteViewPrivileges": _view_privileges(rng, index + 1),
        "vmNumReplicasList": [
            {"numReplicas": 1 + rng.randrange(5), "vmName": f"vm-{replica}"}
            for replica in (0, 1)
        ],
    }


def _view_privileges(rng: random.Random, index: int) -> Payload:
    return {
        "privilegesType": PRIVILEGE_TYPES[index % 3],
        "viewIds": [rng.getrandbits(40) for _ in range(2)],
    }


def _vm_group(rng: random.Random, group: int, base_port: int) -> Payload:
    return {
        "name": f"group-{group}",
        "vms": [_vm_info(rng, group, vm, base_port + 3 * vm) for vm in (0, 1)],
    }


def _vm_info(rng: random.Random, group: int, vm: int, base_port: int) -> Payload:
    return {
        "healthDetail": "" if rng.random() < 0.8 else "container restarting",
        "healthStatus": rng.randrange(2),
        "name": f"vm-{group}-{vm}",
        "nodePorts": [
            {
                "isUiPort": port == 0,
                "port": base_port + port,
                "tag": TAGS[(group + vm + port) % len(TAGS)],
            }
            for port in range(3)
        ],
    }


def _all_null(keys: str) -> Payload:
    return dict.fromkeys(keys.split())


# The payloads R1 runs on, by case. Each case is one ``many=True`` call.
ROUND_TRIP_CASES: dict[str, list[Payload]] = {
    "full": full_payloads(3),
    "nulls": [
        _all_null(
            "appAccessToken appInstanceId appName appUid appVersion createdTimeUsecs"
            " creationUid description devVersion durationUsecs healthDetail"
            " healthStatus httpsUi namespace nodeIp nodePort settings state"
            " stateDetail userSshKey vmGroups"
        ),
        {
            "appName": "nulls-inside",
            "settings": _all_null(
                "externalNetworkInfo instanceSize protectedObjectPrivileges qosTier"
                " readViewPrivileges readWriteViewPrivileges vmNumReplicasList"
            ),
            "userSshKey": _all_null("sshKey username"),
            "vmGroups": [
                _all_null("name vms"),
                {
                    "name": "group-0",
                    "vms": [
                        _all_null("healthDetail healthStatus name nodePorts"),
                        {"name": "vm-0", "nodePorts": [_all_null("isUiPort port tag")]},
                    ],
                },
            ],
        },
    ],
    "empties": [
        {"settings": {}, "userSshKey": {}, "vmGroups": []},
        {
            "settings": {
                "externalNetworkInfo": {},
                "protectedObjectPrivileges": {"protectionSourceIds": []},
                "readViewPrivileges": {},
                "readWriteViewPrivileges": {"viewIds": []},
                "vmNumReplicasList": [],
            },
            "vmGroups": [{}, {"vms": []}, {"vms": [{"nodePorts": []}, {}]}],
            "description": "",
        },
    ],
    "absent keys": [
        {},
        {
            "appName": "sparse",
            "appInstanceId": _BIG + 1,
            "settings": {"qosTier": "kHigh"},
            "vmGroups": [{"name": "group-0", "vms": [{"nodePorts": [{"port": 1}]}]}],
        },
    ],
}
