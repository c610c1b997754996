"""The schema of the ExternalNetworkInfo model."""

from models.external_network_info import ExternalNetworkInfo
from schemas.base import ModelSchema


class ExternalNetworkInfoSchema(ModelSchema):
    """Loads and dumps ExternalNetworkInfo payloads.

    Load gives :class:`~models.external_network_info.ExternalNetworkInfo` models.
    """

    class Meta:
        model = ExternalNetworkInfo
