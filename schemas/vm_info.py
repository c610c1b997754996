"""The schema of the VmInfo model."""

from models.vm_info import VmInfo
from schemas.base import ModelSchema


class VmInfoSchema(ModelSchema):
    """Loads and dumps VmInfo payloads.

    Load gives :class:`~models.vm_info.VmInfo` models.
    """

    class Meta:
        model = VmInfo
