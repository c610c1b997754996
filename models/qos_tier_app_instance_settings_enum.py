"""The QosTierAppInstanceSettingsEnum enum."""

from models.base import WireEnum


class QosTierAppInstanceSettingsEnum(WireEnum):
    """QoS tier of an app instance: how much memory, CPU and IO it is given."""

    KLOW = "kLow", "Low QoS tier."
    KMEDIUM = "kMedium", "Medium QoS tier."
    KHIGH = "kHigh", "High QoS tier."
    KMAX = "kMax", "Highest QoS tier."
