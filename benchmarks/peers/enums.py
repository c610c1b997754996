"""The five AppInstance enums, shared by the peers that want enum classes."""

from __future__ import annotations

from enum import Enum


class StateAppInstanceEnum(str, Enum):
    KINITIALIZING = "kInitializing"
    KRUNNING = "kRunning"
    KPAUSING = "kPausing"
    KPAUSED = "kPaused"
    KTERMINATING = "kTerminating"
    KTERMINATED = "kTerminated"
    KFAILED = "kFailed"


class QosTierAppInstanceSettingsEnum(str, Enum):
    KLOW = "kLow"
    KMEDIUM = "kMedium"
    KHIGH = "kHigh"
    KMAX = "kMax"


class TagEnum(str, Enum):
    KDEFAULT = "kDefault"
    KHTTP = "kHttp"
    KHTTPS = "kHttps"
    KSSH = "kSsh"


class ProtectedObjectsprivilegesTypeEnum(str, Enum):
    KNONE = "kNone"
    KALL = "kAll"
    KSPECIFIC = "kSpecific"


class PrivilegesTypeViewPrivilegesEnum(str, Enum):
    KNONE = "kNone"
    KALL = "kAll"
    KSPECIFIC = "kSpecific"
